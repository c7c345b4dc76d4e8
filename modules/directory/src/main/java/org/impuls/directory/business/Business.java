package org.impuls.directory.business;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.language.LocalizedText;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.directory.api.BusinessKind;

/**
 * A business profile, from its application to its public listing. Its search key is recomputed
 * whenever what it is found by changes; the status changes only through the admission and
 * moderation steps below.
 */
@Entity
@Table(name = "directory_business")
public class Business implements Stateful<BusinessStatus> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BusinessKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BusinessStatus status;

    @Embedded
    @AttributeOverride(name = "de", column = @Column(name = "description_de", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false))
    private LocalizedText description = LocalizedText.EMPTY;

    @Column(nullable = false)
    private String street;

    @Column(name = "postal_code", nullable = false)
    private String postalCode;

    @Column(nullable = false)
    private String city;

    private Double latitude;

    private Double longitude;

    private String phone;

    private String email;

    private String website;

    @Column(name = "opening_hours")
    private String openingHours;

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private String tags = "";

    @Column(name = "employee_count", nullable = false)
    private int employeeCount;

    @Column(name = "branch_count", nullable = false)
    private int branchCount = 1;

    @Column(name = "head_office_postal_code", nullable = false)
    private String headOfficePostalCode = "";

    @Column(name = "admission_flags", nullable = false)
    private String admissionFlags = "";

    @Column(name = "status_reason")
    private String statusReason;

    @Embedded
    private LegalData legal = LegalData.EMPTY;

    @Column(name = "proposed_name")
    private String proposedName;

    @Column(name = "proposed_street")
    private String proposedStreet;

    @Column(name = "proposed_postal_code")
    private String proposedPostalCode;

    @Column(name = "proposed_city")
    private String proposedCity;

    @Column(name = "change_proposed_at")
    private Instant changeProposedAt;

    @Column(name = "logo_media_id")
    private Long logoMediaId;

    @ElementCollection
    @CollectionTable(name = "directory_business_photo", joinColumns = @JoinColumn(name = "business_id"))
    @Column(name = "media_id")
    @OrderColumn(name = "position")
    private List<Long> photoIds = new ArrayList<>();

    @Version
    private int version;

    @ManyToMany
    @JoinTable(
            name = "directory_business_category",
            joinColumns = @JoinColumn(name = "business_id"),
            inverseJoinColumns = @JoinColumn(name = "category_id"))
    private List<Category> categories = new ArrayList<>();

    protected Business() {}

    Business(String slug, String name, BusinessKind kind, String street, String postalCode, String city, Instant now) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.street = street;
        this.postalCode = postalCode;
        this.city = city;
        this.status = BusinessStatus.PENDING;
        this.createdAt = now;
        reindex();
    }

    public void describe(String german, String english) {
        description = LocalizedText.of(german, english);
        reindex();
    }

    public void locate(Double lat, Double lon) {
        latitude = lat;
        longitude = lon;
    }

    public void contact(String newPhone, String newEmail, String newWebsite, String hours) {
        phone = newPhone;
        email = newEmail;
        website = newWebsite;
        openingHours = hours;
    }

    public void categorise(List<Category> newCategories) {
        categories = new ArrayList<>(newCategories);
        reindex();
    }

    public void rename(String newName) {
        name = newName;
        reindex();
    }

    /** The kind decides fees and whether the business may sell: only the operator changes it (see {@code BusinessEditor}). */
    public void classify(BusinessKind newKind) {
        kind = newKind;
    }

    /**
     * Staff of an admitted business propose a new name or address; the public keeps seeing the approved
     * one until the operator approves. Proposing the approved data again withdraws the proposal.
     */
    public void proposeChange(String newName, String newStreet, String newPostalCode, String newCity, Instant now) {
        if (newName.equals(name)
                && newStreet.equals(street)
                && newPostalCode.equals(postalCode)
                && newCity.equals(city)) {
            withdrawChange();
            return;
        }
        boolean same = hasPendingChange()
                && newName.equals(proposedName)
                && newStreet.equals(proposedStreet)
                && newPostalCode.equals(proposedPostalCode)
                && newCity.equals(proposedCity);
        proposedName = newName;
        proposedStreet = newStreet;
        proposedPostalCode = newPostalCode;
        proposedCity = newCity;
        changeProposedAt = same ? changeProposedAt : now;
    }

    /** The operator approved the proposed name and address: the profile shows them (its URL stays). */
    public void approveChange() {
        if (!hasPendingChange()) {
            throw new IllegalStateException("no change of business " + id + " waits for review");
        }
        rename(proposedName);
        moveTo(proposedStreet, proposedPostalCode, proposedCity);
        withdrawChange();
    }

    /** The proposal is dropped (rejected by the operator or withdrawn by staff): the approved data stays. */
    public void withdrawChange() {
        proposedName = null;
        proposedStreet = null;
        proposedPostalCode = null;
        proposedCity = null;
        changeProposedAt = null;
    }

    public boolean hasPendingChange() {
        return changeProposedAt != null;
    }

    public void moveTo(String newStreet, String newPostalCode, String newCity) {
        street = newStreet;
        postalCode = newPostalCode;
        city = newCity;
        reindex();
    }

    public void tag(String newTags) {
        tags = newTags == null ? "" : newTags;
        reindex();
    }

    public void declareSize(int employees, int branches, String headOffice) {
        employeeCount = employees;
        branchCount = branches;
        headOfficePostalCode = headOffice;
    }

    public void flag(List<String> brokenRules) {
        admissionFlags = String.join(",", brokenRules);
    }

    public void setLegal(LegalData legalData) {
        legal = legalData;
    }

    public void showLogo(Long mediaId) {
        logoMediaId = mediaId;
    }

    public void addPhoto(long mediaId) {
        photoIds.add(mediaId);
    }

    public boolean removePhoto(long mediaId) {
        return photoIds.remove(Long.valueOf(mediaId));
    }

    /**
     * Moves to a new status with the reason given to the business (null when none is needed), refusing what
     * {@link BusinessLifecycle#ALL} does not allow. A waiting application carries no reason: the applicant's answer is history.
     */
    @Override
    public void changeStatus(BusinessStatus newStatus, String reason) {
        status = BusinessLifecycle.ALL.check(subject(), status, newStatus);
        statusReason = newStatus == BusinessStatus.PENDING ? null : reason;
    }

    @Override
    public String subjectType() {
        return "business";
    }

    @Override
    public long subjectId() {
        return id;
    }

    @Override
    public BusinessStatus status() {
        return status;
    }

    /** Also before it is stored (demo data approves new businesses). */
    @Override
    public String subject() {
        return "business " + id;
    }

    /** After a category was renamed: its names are part of the search key. */
    public void refreshSearchKey() {
        reindex();
    }

    /** Name first: the search ranks hits by how early the term appears in the key. */
    private void reindex() {
        StringBuilder text = new StringBuilder(name);
        categories.forEach(category -> text.append(' ').append(category.searchText()));
        text.append(' ')
                .append(tags.replace(',', ' '))
                .append(' ')
                .append(city)
                .append(' ')
                .append(description.de())
                .append(' ')
                .append(description.en());
        searchKey = GermanText.searchKey(text.toString());
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public BusinessKind getKind() {
        return kind;
    }

    public BusinessStatus getStatus() {
        return status;
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    public String getDescriptionDe() {
        return description.de();
    }

    public String getDescriptionEn() {
        return description.en();
    }

    public String getStreet() {
        return street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public String getCity() {
        return city;
    }

    public Double getLatitude() {
        return latitude;
    }

    public Double getLongitude() {
        return longitude;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public String getWebsite() {
        return website;
    }

    public String getOpeningHours() {
        return openingHours;
    }

    public List<Category> getCategories() {
        return categories;
    }

    public String getTags() {
        return tags;
    }

    public int getEmployeeCount() {
        return employeeCount;
    }

    public int getBranchCount() {
        return branchCount;
    }

    public String getHeadOfficePostalCode() {
        return headOfficePostalCode;
    }

    /** The admission rules this business broke when it applied; empty when none. */
    public List<String> getAdmissionFlags() {
        return admissionFlags.isEmpty() ? List.of() : List.of(admissionFlags.split(","));
    }

    public String getStatusReason() {
        return statusReason;
    }

    public LegalData getLegal() {
        return legal == null ? LegalData.EMPTY : legal;
    }

    public Long getLogoMediaId() {
        return logoMediaId;
    }

    public List<Long> getPhotoIds() {
        return photoIds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getProposedName() {
        return proposedName;
    }

    public String getProposedStreet() {
        return proposedStreet;
    }

    public String getProposedPostalCode() {
        return proposedPostalCode;
    }

    public String getProposedCity() {
        return proposedCity;
    }

    public Instant getChangeProposedAt() {
        return changeProposedAt;
    }

    /** Approved, possibly hidden by moderation since: its staff are MERCHANTs, its name and address changes are reviewed. */
    public boolean isAdmitted() {
        return status == BusinessStatus.APPROVED || status == BusinessStatus.HIDDEN;
    }

    /** Clubs and social institutions are admitted free of charge; the membership module reads this. */
    public boolean isFreeOfCharge() {
        return kind != BusinessKind.COMMERCIAL;
    }

    public boolean isPublic() {
        return status == BusinessStatus.APPROVED;
    }

    public String path() {
        return "/betriebe/" + slug;
    }
}
