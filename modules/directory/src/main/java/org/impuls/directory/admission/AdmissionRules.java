package org.impuls.directory.admission;

import java.util.ArrayList;
import java.util.List;
import org.impuls.directory.api.BusinessKind;

/**
 * The portal admits small local businesses, not chains. An application breaking a rule is flagged for
 * the operator, not refused: the operator decides. Size limits apply to commercial businesses only; a
 * large club or a welfare association with many sites is still welcome.
 *
 * @param region        where the head office must be
 * @param maxEmployees  most employees a commercial business may have
 * @param maxBranches   most branches (sites) a commercial business may have
 */
public record AdmissionRules(RegionPostalCodes region, int maxEmployees, int maxBranches) {

    /** The rules an application can break. */
    public enum Flag {
        OUTSIDE_REGION,
        TOO_MANY_EMPLOYEES,
        TOO_MANY_BRANCHES
    }

    public List<Flag> check(BusinessKind kind, int employees, int branches, String headOfficePostalCode) {
        List<Flag> flags = new ArrayList<>();
        if (!region.contains(headOfficePostalCode)) {
            flags.add(Flag.OUTSIDE_REGION);
        }
        if (kind == BusinessKind.COMMERCIAL && employees > maxEmployees) {
            flags.add(Flag.TOO_MANY_EMPLOYEES);
        }
        if (kind == BusinessKind.COMMERCIAL && branches > maxBranches) {
            flags.add(Flag.TOO_MANY_BRANCHES);
        }
        return flags;
    }
}
