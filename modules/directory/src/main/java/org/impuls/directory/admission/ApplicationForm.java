package org.impuls.directory.admission;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.impuls.directory.business.BusinessForm;

/** An application: the business's profile plus what the admission rules look at. */
public class ApplicationForm extends BusinessForm {

    @Min(0)
    @Max(1_000_000)
    private int employees;

    @Min(1)
    @Max(100_000)
    private int branches = 1;

    @NotNull
    @Pattern(regexp = "\\d{5}", message = "{impuls.postalCode}")
    private String headOfficePostalCode;

    public int getEmployees() {
        return employees;
    }

    public void setEmployees(int employees) {
        this.employees = employees;
    }

    public int getBranches() {
        return branches;
    }

    public void setBranches(int branches) {
        this.branches = branches;
    }

    public String getHeadOfficePostalCode() {
        return headOfficePostalCode;
    }

    public void setHeadOfficePostalCode(String headOfficePostalCode) {
        this.headOfficePostalCode = headOfficePostalCode;
    }
}
