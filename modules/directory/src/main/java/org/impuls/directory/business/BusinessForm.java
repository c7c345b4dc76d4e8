package org.impuls.directory.business;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.directory.api.BusinessKind;

/**
 * What an applicant or a merchant writes about a business: the same fields in the application form,
 * the back office and {@code PUT /api/directory/businesses/{id}}. Bean Validation checks the shape
 * (shown next to each field); {@link BusinessEditor} checks what needs the database.
 */
public class BusinessForm implements java.io.Serializable {

    @NotBlank
    @Size(max = 160)
    private String name;

    @NotNull
    private BusinessKind kind = BusinessKind.COMMERCIAL;

    @NotEmpty(message = "{impuls.categories}")
    private List<String> categories = new ArrayList<>();

    @NotBlank
    @Size(max = 160)
    private String street;

    @NotNull
    @Pattern(regexp = "\\d{5}", message = "{impuls.postalCode}")
    private String postalCode;

    @NotBlank
    @Size(max = 80)
    private String city;

    @DecimalMin("47.0")
    @DecimalMax("55.5")
    private Double latitude;

    @DecimalMin("5.5")
    @DecimalMax("15.5")
    private Double longitude;

    @Size(max = 5000)
    private String descriptionDe = "";

    @Size(max = 5000)
    private String descriptionEn = "";

    @Size(max = 40)
    @Pattern(regexp = "[0-9 +()/-]*", message = "{impuls.phone}")
    private String phone;

    @Email
    @Size(max = 254)
    private String email;

    @Size(max = 300)
    @Pattern(regexp = "(https?://\\S+)?", message = "{impuls.website}")
    private String website;

    @Size(max = 500)
    private String openingHours;

    @Size(max = 500)
    private String tags = "";

    @Size(max = 160)
    private String ownerName = "";

    @Size(max = 160)
    private String registerEntry = "";

    @Size(max = 20)
    @Pattern(regexp = "(DE\\d{9})?", message = "{impuls.vatId}")
    private String vatId = "";

    /** Loosely: 10 to 13 digits, with slashes or spaces between them as the tax office writes it (27/123/45678). */
    @Size(max = 20)
    @Pattern(regexp = "((?:[ /]*\\d){10,13}[ /]*)?", message = "{impuls.taxNumber}")
    private String taxNumber = "";

    /** § 19 UStG: the business charges no VAT. */
    private boolean smallBusiness;

    @Size(max = 20000)
    private String terms = "";

    @Size(max = 20000)
    private String withdrawalPolicy = "";

    @Size(max = 20000)
    private String privacyNotice = "";

    /**
     * The form filled with a business's current data, for editing; a name and address waiting for review
     * are shown as proposed, so that saving other fields keeps the proposal.
     */
    public static BusinessForm of(Business business) {
        BusinessForm form = new BusinessForm();
        boolean proposed = business.hasPendingChange();
        form.name = proposed ? business.getProposedName() : business.getName();
        form.kind = business.getKind();
        form.categories = new ArrayList<>(
                business.getCategories().stream().map(Category::getSlug).toList());
        form.street = proposed ? business.getProposedStreet() : business.getStreet();
        form.postalCode = proposed ? business.getProposedPostalCode() : business.getPostalCode();
        form.city = proposed ? business.getProposedCity() : business.getCity();
        form.latitude = business.getLatitude();
        form.longitude = business.getLongitude();
        form.descriptionDe = business.getDescriptionDe();
        form.descriptionEn = business.getDescriptionEn();
        form.phone = business.getPhone();
        form.email = business.getEmail();
        form.website = business.getWebsite();
        form.openingHours = business.getOpeningHours();
        form.tags = business.getTags();
        LegalData legal = business.getLegal();
        form.ownerName = legal.getOwnerName();
        form.registerEntry = legal.getRegisterEntry();
        form.vatId = legal.getVatId();
        form.taxNumber = legal.getTaxNumber();
        form.smallBusiness = legal.getVatTreatment() == VatTreatment.SMALL_BUSINESS;
        form.terms = legal.getTerms();
        form.withdrawalPolicy = legal.getWithdrawalPolicy();
        form.privacyNotice = legal.getPrivacyNotice();
        return form;
    }

    LegalData legal() {
        return new LegalData(ownerName, registerEntry, vatId, terms, withdrawalPolicy, privacyNotice)
                .withTax(taxNumber, smallBusiness ? VatTreatment.SMALL_BUSINESS : VatTreatment.REGULAR);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    // getters and setters for JSF and JSON-B

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BusinessKind getKind() {
        return kind;
    }

    public void setKind(BusinessKind kind) {
        this.kind = kind;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories == null ? new ArrayList<>() : new ArrayList<>(categories);
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public void setLatitude(Double latitude) {
        this.latitude = latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public void setLongitude(Double longitude) {
        this.longitude = longitude;
    }

    public String getDescriptionDe() {
        return descriptionDe;
    }

    public void setDescriptionDe(String descriptionDe) {
        this.descriptionDe = descriptionDe;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public void setOpeningHours(String openingHours) {
        this.openingHours = openingHours;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public void setOwnerName(String ownerName) {
        this.ownerName = ownerName;
    }

    public String getRegisterEntry() {
        return registerEntry;
    }

    public void setRegisterEntry(String registerEntry) {
        this.registerEntry = registerEntry;
    }

    public String getVatId() {
        return vatId;
    }

    public void setVatId(String vatId) {
        this.vatId = vatId;
    }

    public String getTaxNumber() {
        return taxNumber;
    }

    public void setTaxNumber(String taxNumber) {
        this.taxNumber = taxNumber;
    }

    public boolean isSmallBusiness() {
        return smallBusiness;
    }

    public void setSmallBusiness(boolean smallBusiness) {
        this.smallBusiness = smallBusiness;
    }

    public String getTerms() {
        return terms;
    }

    public void setTerms(String terms) {
        this.terms = terms;
    }

    public String getWithdrawalPolicy() {
        return withdrawalPolicy;
    }

    public void setWithdrawalPolicy(String withdrawalPolicy) {
        this.withdrawalPolicy = withdrawalPolicy;
    }

    public String getPrivacyNotice() {
        return privacyNotice;
    }

    public void setPrivacyNotice(String privacyNotice) {
        this.privacyNotice = privacyNotice;
    }
}
