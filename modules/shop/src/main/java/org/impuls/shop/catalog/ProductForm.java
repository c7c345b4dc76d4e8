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

/**
 * A product as a merchant writes it, in the API and (later) the back-office form and the CSV import.
 * Bean Validation checks each field; {@link CatalogEditor} checks what spans fields or needs the database.
 * Public fields: a plain carrier for JSON-B and Bean Validation, with no behaviour of its own.
 */
public class ProductForm {

    /** The selling business; needed when creating, ignored when updating. */
    public Long businessId;

    @NotBlank
    @Size(max = 200)
    public String titleDe;

    @Size(max = 200)
    public String titleEn = "";

    @Size(max = 10000)
    public String descriptionDe = "";

    @Size(max = 10000)
    public String descriptionEn = "";

    @NotBlank
    public String category;

    @Size(max = 500)
    public String tags = "";

    @NotNull
    public ProductStatus status = ProductStatus.ACTIVE;

    @Size(max = 3)
    public List<@NotBlank @Size(max = 40) String> optionNames = new ArrayList<>();

    public boolean food;

    @Size(max = 5000)
    public String ingredients = "";

    public List<@NotNull Allergen> allergens = new ArrayList<>();

    @Min(0)
    @Max(10000)
    public int depositCents;

    public int ageLimit;

    @Size(max = 400)
    public String manufacturer = "";

    public boolean pickup = true;

    public boolean localDelivery;

    public boolean parcel;

    @Pattern(regexp = "(\\d{1,2}(-\\d{1,2})?)?", message = "{impuls.deliveryDays}")
    public String deliveryDays = "";

    @NotEmpty
    @Size(max = 100)
    public List<@Valid @NotNull VariantForm> variants = new ArrayList<>();

    /** One variant. Prices are gross cents, VAT included. */
    public static class VariantForm {

        @NotBlank
        @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{impuls.sku}")
        public String sku;

        public List<@NotNull @Size(max = 60) String> optionValues = new ArrayList<>();

        @Min(0)
        @Max(100_000_000)
        public long priceCents;

        @Min(0)
        @Max(100_000_000)
        public Long salePriceCents;

        public int vatRate = 19;

        @DecimalMin(value = "0", inclusive = false)
        public BigDecimal contentAmount;

        public String contentUnit;

        @Min(0)
        @Max(1_000_000)
        public Integer stock;

        @NotNull
        public Availability availability = Availability.ACTIVE;
    }

    /** The form of a stored product, for editing and copying. */
    public static ProductForm of(Product product) {
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
            v.stock = variant.getStock();
            v.availability = variant.getAvailability();
            form.variants.add(v);
        }
        return form;
    }
}
