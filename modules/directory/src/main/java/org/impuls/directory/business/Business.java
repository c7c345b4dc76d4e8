package org.impuls.directory.business;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.GermanText;

/** A business profile. Its search key is recomputed whenever what it is found by changes. */
@Entity
@Table(name = "directory_business")
public class Business {

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

    @Column(name = "description_de", nullable = false)
    private String descriptionDe = "";

    @Column(name = "description_en", nullable = false)
    private String descriptionEn = "";

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

    @ManyToMany
    @JoinTable(name = "directory_business_category",
            joinColumns = @JoinColumn(name = "business_id"), inverseJoinColumns = @JoinColumn(name = "category_id"))
    private List<Category> categories = new ArrayList<>();

    protected Business() {
    }

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

    void describe(String german, String english) {
        descriptionDe = german == null ? "" : german;
        descriptionEn = english == null ? "" : english;
        reindex();
    }

    void locate(double lat, double lon) {
        latitude = lat;
        longitude = lon;
    }

    void contact(String newPhone, String newEmail, String newWebsite, String hours) {
        phone = newPhone;
        email = newEmail;
        website = newWebsite;
        openingHours = hours;
    }

    void categorise(List<Category> newCategories) {
        categories = new ArrayList<>(newCategories);
        reindex();
    }

    void approve() {
        status = BusinessStatus.APPROVED;
    }

    /** Name first: the search ranks hits by how early the term appears in the key. */
    private void reindex() {
        StringBuilder text = new StringBuilder(name);
        categories.forEach(category -> text.append(' ').append(category.searchText()));
        text.append(' ').append(city).append(' ').append(descriptionDe).append(' ').append(descriptionEn);
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
        return "en".equals(locale.getLanguage()) && !descriptionEn.isBlank() ? descriptionEn : descriptionDe;
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

    public String path() {
        return "/betriebe/" + slug;
    }
}
