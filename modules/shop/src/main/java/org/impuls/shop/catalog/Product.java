package org.impuls.shop.catalog;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.impuls.core.api.GermanText;
import org.impuls.core.api.language.LocalizedText;

/**
 * A product of one business: texts in German and English, a platform category and free tags, option
 * names its variants give values for, legal details and the delivery options the merchant offers.
 */
@Entity
@Table(name = "shop_product")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    @Embedded
    @AttributeOverride(name = "de", column = @Column(name = "title_de", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "title_en", nullable = false))
    private LocalizedText title = LocalizedText.EMPTY;

    @Embedded
    @AttributeOverride(name = "de", column = @Column(name = "description_de", nullable = false))
    @AttributeOverride(name = "en", column = @Column(name = "description_en", nullable = false))
    private LocalizedText description = LocalizedText.EMPTY;

    @ManyToOne(optional = false)
    @JoinColumn(name = "category_id")
    private ShopCategory category;

    @Column(nullable = false)
    private String tags = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProductStatus status = ProductStatus.ACTIVE;

    @Column(name = "option_names", nullable = false)
    private String optionNames = "";

    private boolean food;

    @Column(nullable = false)
    private String ingredients = "";

    @Column(nullable = false)
    private String allergens = "";

    @Column(name = "deposit_cents", nullable = false)
    private int depositCents;

    @Column(name = "age_limit", nullable = false)
    private int ageLimit;

    @Column(nullable = false)
    private String manufacturer = "";

    private boolean pickup = true;

    @Column(name = "local_delivery")
    private boolean localDelivery;

    private boolean parcel;

    @Column(name = "delivery_days", nullable = false)
    private String deliveryDays = "";

    @Column(name = "search_key", nullable = false)
    private String searchKey;

    /** The lowest price a customer can see, kept here so that lists sort and filter by price without reading variants. */
    @Column(name = "from_price_cents")
    private Long fromPriceCents;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "product", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Variant> variants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "shop_product_image", joinColumns = @JoinColumn(name = "product_id"))
    @Column(name = "media_id")
    @OrderColumn(name = "position")
    private List<Long> imageIds = new ArrayList<>();

    @Version
    private int version;

    protected Product() {}

    Product(long businessId, String titleDe, ShopCategory category, Instant now) {
        this.businessId = businessId;
        this.title = LocalizedText.german(titleDe);
        this.category = category;
        this.createdAt = now;
        reindex();
    }

    void describe(
            String newTitleDe,
            String newTitleEn,
            String newDescriptionDe,
            String newDescriptionEn,
            ShopCategory newCategory,
            String newTags,
            ProductStatus newStatus,
            List<String> newOptionNames) {
        title = LocalizedText.of(newTitleDe, newTitleEn);
        description = LocalizedText.of(newDescriptionDe, newDescriptionEn);
        category = newCategory;
        tags = newTags;
        status = newStatus;
        optionNames = String.join("|", newOptionNames);
        reindex();
    }

    void declare(
            boolean isFood,
            String newIngredients,
            List<Allergen> newAllergens,
            int newDepositCents,
            int newAgeLimit,
            String newManufacturer) {
        food = isFood;
        ingredients = newIngredients;
        allergens = String.join(",", newAllergens.stream().map(Enum::name).toList());
        depositCents = newDepositCents;
        ageLimit = newAgeLimit;
        manufacturer = newManufacturer;
    }

    void deliver(boolean byPickup, boolean byLocalDelivery, boolean byParcel, String days) {
        pickup = byPickup;
        localDelivery = byLocalDelivery;
        parcel = byParcel;
        deliveryDays = days;
    }

    /** The variant with this SKU, created when new. */
    Variant variant(String sku) {
        return variants.stream().filter(v -> v.getSku().equals(sku)).findFirst().orElseGet(() -> {
            Variant created = new Variant(this, sku);
            variants.add(created);
            return created;
        });
    }

    void keepOnlyVariants(List<String> skus) {
        variants.removeIf(v -> !skus.contains(v.getSku()));
        summarise();
    }

    /** Updates the kept figure of the visible variants: the lowest price (whether any is in stock is the stock's, see ProductSearch). */
    private void summarise() {
        List<Variant> visible = variants.stream()
                .filter(v -> v.getAvailability() != Availability.HIDDEN)
                .toList();
        fromPriceCents = visible.stream().mapToLong(Variant::effectivePriceCents).min().stream()
                .boxed()
                .findFirst()
                .orElse(null);
    }

    void showImages(List<Long> mediaIds) {
        imageIds = new ArrayList<>(mediaIds);
    }

    /** Recomputes the search key, e.g. after the category was renamed: the key holds the category's names. */
    public void refreshSearchKey() {
        reindex();
    }

    /** Title first: the search ranks hits by how early the term appears in the key. */
    private void reindex() {
        searchKey = GermanText.searchKey(String.join(
                " ",
                title.de(),
                title.en(),
                category.searchText(),
                tags.replace(',', ' '),
                description.de(),
                description.en()));
    }

    public String title(Locale locale) {
        return title.in(locale);
    }

    public String description(Locale locale) {
        return description.in(locale);
    }

    public List<Allergen> getAllergens() {
        return allergens.isEmpty()
                ? List.of()
                : Arrays.stream(allergens.split(",")).map(Allergen::valueOf).toList();
    }

    public List<String> getOptionNames() {
        return optionNames.isEmpty() ? List.of() : List.of(optionNames.split("\\|", -1));
    }

    public List<String> getDeliveryOptions() {
        List<String> options = new ArrayList<>();
        if (pickup) {
            options.add("PICKUP");
        }
        if (localDelivery) {
            options.add("LOCAL_DELIVERY");
        }
        if (parcel) {
            options.add("PARCEL");
        }
        return options;
    }

    public Long getId() {
        return id;
    }

    public long getBusinessId() {
        return businessId;
    }

    public String getTitleDe() {
        return title.de();
    }

    public String getTitleEn() {
        return title.en();
    }

    public String getDescriptionDe() {
        return description.de();
    }

    public String getDescriptionEn() {
        return description.en();
    }

    public ShopCategory getCategory() {
        return category;
    }

    public String getTags() {
        return tags;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public boolean isFood() {
        return food;
    }

    public String getIngredients() {
        return ingredients;
    }

    public int getDepositCents() {
        return depositCents;
    }

    public int getAgeLimit() {
        return ageLimit;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public String getDeliveryDays() {
        return deliveryDays;
    }

    public List<Variant> getVariants() {
        return variants;
    }

    public List<Long> getImageIds() {
        return imageIds;
    }

    public String path() {
        return "/produkte/" + id;
    }
}
