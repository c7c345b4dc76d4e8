package org.impuls.shop.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.impuls.shop.api.StockLevel;

/**
 * A product as a merchant writes it, in the API and (later) the back-office form and the CSV import.
 * Bean Validation checks each field; {@link CatalogEditor} checks what spans fields or needs the database.
 * A JavaBean, so that JSON-B, Bean Validation and the back-office form (JSF) all read and write the same properties.
 */
public class ProductForm {

    /** The selling business; needed when creating, ignored when updating. */
    private Long businessId;

    @NotBlank
    @Size(max = 200)
    private String titleDe;

    @Size(max = 200)
    private String titleEn = "";

    @Size(max = 10000)
    private String descriptionDe = "";

    @Size(max = 10000)
    private String descriptionEn = "";

    @NotBlank
    private String category;

    @Size(max = 500)
    private String tags = "";

    @NotNull
    private ProductStatus status = ProductStatus.ACTIVE;

    @Size(max = 3)
    private List<@NotBlank @Size(max = 40) String> optionNames = new ArrayList<>();

    private boolean food;

    @Size(max = 5000)
    private String ingredients = "";

    private List<@NotNull Allergen> allergens = new ArrayList<>();

    @Min(0)
    @Max(10000)
    private int depositCents;

    private int ageLimit;

    @Size(max = 400)
    private String manufacturer = "";

    private boolean pickup = true;

    private boolean localDelivery;

    private boolean parcel;

    @Pattern(regexp = "(\\d{1,2}(-\\d{1,2})?)?", message = "{impuls.deliveryDays}")
    private String deliveryDays = "";

    @NotEmpty
    @Size(max = 100)
    private List<@Valid @NotNull VariantForm> variants = new ArrayList<>();

    /** One variant. Prices are gross cents, VAT included. */
    public static class VariantForm {

        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{impuls.sku}")
        private String sku;

        private List<@NotNull @Size(max = 60) String> optionValues = new ArrayList<>();

        @NotNull
        @Min(0)
        @Max(100_000_000)
        private Long priceCents;

        @Min(0)
        @Max(100_000_000)
        private Long salePriceCents;

        private int vatRate = 19;

        @DecimalMin(value = "0", inclusive = false)
        private BigDecimal contentAmount;

        private String contentUnit;

        @Min(0)
        @Max(1_000_000)
        private Integer stock;

        @NotNull
        private Availability availability = Availability.ACTIVE;

        /** The count this form was loaded with (not part of the API): a form saved unchanged does not undo sales made meanwhile. */
        private Integer loadedStock;

        private boolean loaded;

        public String getSku() {
            return sku;
        }

        public void setSku(String sku) {
            this.sku = sku;
        }

        public List<String> getOptionValues() {
            return optionValues;
        }

        public void setOptionValues(List<String> optionValues) {
            this.optionValues = optionValues;
        }

        public Long getPriceCents() {
            return priceCents;
        }

        public void setPriceCents(Long priceCents) {
            this.priceCents = priceCents;
        }

        public Long getSalePriceCents() {
            return salePriceCents;
        }

        public void setSalePriceCents(Long salePriceCents) {
            this.salePriceCents = salePriceCents;
        }

        public int getVatRate() {
            return vatRate;
        }

        public void setVatRate(int vatRate) {
            this.vatRate = vatRate;
        }

        public BigDecimal getContentAmount() {
            return contentAmount;
        }

        public void setContentAmount(BigDecimal contentAmount) {
            this.contentAmount = contentAmount;
        }

        public String getContentUnit() {
            return contentUnit;
        }

        public void setContentUnit(String contentUnit) {
            this.contentUnit = contentUnit;
        }

        public Integer getStock() {
            return stock;
        }

        /** Whether the merchant gave a count other than the one loaded; a form not loaded from a product always gives one. */
        boolean stockGiven() {
            return !loaded || !java.util.Objects.equals(stock, loadedStock);
        }

        public void setStock(Integer stock) {
            this.stock = stock;
        }

        public Availability getAvailability() {
            return availability;
        }

        public void setAvailability(Availability availability) {
            this.availability = availability;
        }
    }

    public Long getBusinessId() {
        return businessId;
    }

    public void setBusinessId(Long businessId) {
        this.businessId = businessId;
    }

    public String getTitleDe() {
        return titleDe;
    }

    public void setTitleDe(String titleDe) {
        this.titleDe = titleDe;
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = titleEn;
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

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public ProductStatus getStatus() {
        return status;
    }

    public void setStatus(ProductStatus status) {
        this.status = status;
    }

    public List<String> getOptionNames() {
        return optionNames;
    }

    public void setOptionNames(List<String> optionNames) {
        this.optionNames = optionNames;
    }

    public boolean isFood() {
        return food;
    }

    public void setFood(boolean food) {
        this.food = food;
    }

    public String getIngredients() {
        return ingredients;
    }

    public void setIngredients(String ingredients) {
        this.ingredients = ingredients;
    }

    public List<Allergen> getAllergens() {
        return allergens;
    }

    public void setAllergens(List<Allergen> allergens) {
        this.allergens = allergens;
    }

    public int getDepositCents() {
        return depositCents;
    }

    public void setDepositCents(int depositCents) {
        this.depositCents = depositCents;
    }

    public int getAgeLimit() {
        return ageLimit;
    }

    public void setAgeLimit(int ageLimit) {
        this.ageLimit = ageLimit;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public boolean isPickup() {
        return pickup;
    }

    public void setPickup(boolean pickup) {
        this.pickup = pickup;
    }

    public boolean isLocalDelivery() {
        return localDelivery;
    }

    public void setLocalDelivery(boolean localDelivery) {
        this.localDelivery = localDelivery;
    }

    public boolean isParcel() {
        return parcel;
    }

    public void setParcel(boolean parcel) {
        this.parcel = parcel;
    }

    public String getDeliveryDays() {
        return deliveryDays;
    }

    public void setDeliveryDays(String deliveryDays) {
        this.deliveryDays = deliveryDays;
    }

    public List<VariantForm> getVariants() {
        return variants;
    }

    public void setVariants(List<VariantForm> variants) {
        this.variants = variants;
    }

    /** The form of a stored product with the merchant's counts of its variants ({@code stock}), for editing and copying. */
    public static ProductForm of(Product product, Map<Long, StockLevel> stock) {
        ProductForm form = new ProductForm();
        form.businessId = product.getBusinessId();
        form.titleDe = product.getTitleDe();
        form.titleEn = product.getTitleEn();
        form.descriptionDe = product.getDescriptionDe();
        form.descriptionEn = product.getDescriptionEn();
        form.category = product.getCategory().getSlug();
        form.tags = product.getTags();
        form.status = product.getStatus();
        form.optionNames = new ArrayList<>(product.getOptionNames());
        form.food = product.isFood();
        form.ingredients = product.getIngredients();
        form.allergens = new ArrayList<>(product.getAllergens());
        form.depositCents = product.getDepositCents();
        form.ageLimit = product.getAgeLimit();
        form.manufacturer = product.getManufacturer();
        List<String> delivery = product.getDeliveryOptions();
        form.pickup = delivery.contains("PICKUP");
        form.localDelivery = delivery.contains("LOCAL_DELIVERY");
        form.parcel = delivery.contains("PARCEL");
        form.deliveryDays = product.getDeliveryDays();
        for (Variant variant : product.getVariants()) {
            VariantForm v = new VariantForm();
            v.sku = variant.getSku();
            v.optionValues = new ArrayList<>(variant.getOptionValues());
            v.priceCents = variant.getPriceCents();
            v.salePriceCents = variant.getSalePriceCents();
            v.vatRate = variant.getVatRate().percent();
            v.contentAmount = variant.getContentAmount();
            v.contentUnit = variant.getContentUnit();
            v.stock = stock.getOrDefault(variant.getId(), StockLevel.UNTRACKED).onHand();
            v.loadedStock = v.stock;
            v.loaded = true;
            v.availability = variant.getAvailability();
            form.variants.add(v);
        }
        return form;
    }
}
