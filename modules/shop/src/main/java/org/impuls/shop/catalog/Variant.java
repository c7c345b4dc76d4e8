package org.impuls.shop.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatRate;
import org.impuls.shop.api.StockLevel;

/** One buyable form of a product: its SKU, option values, gross price with VAT rate, content and availability; its stock is kept apart ({@code shop.stock}). */
@Entity
@Table(name = "shop_variant")
public class Variant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "product_id")
    private Product product;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    private int position;

    @Column(nullable = false)
    private String sku;

    @Column(name = "option_values", nullable = false)
    private String optionValues = "";

    @Column(name = "price_cents", nullable = false)
    private long priceCents;

    @Column(name = "sale_price_cents")
    private Long salePriceCents;

    @Column(name = "sale_since")
    private Instant saleSince;

    @Column(name = "vat_rate", nullable = false)
    private int vatRate;

    @Column(name = "content_amount")
    private BigDecimal contentAmount;

    @Column(name = "content_unit")
    private String contentUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Availability availability = Availability.ACTIVE;

    protected Variant() {}

    Variant(Product product, String sku) {
        this.product = product;
        this.businessId = product.getBusinessId();
        this.sku = sku;
    }

    /**
     * Sets what the variant costs; answers whether the price a customer pays changed (for the price
     * history). A new reduction starts now; an existing one keeps its start.
     */
    boolean price(long regularCents, Long saleCents, VatRate rate, Instant now) {
        long before = effectivePriceCents();
        boolean wasReduced = salePriceCents != null;
        priceCents = regularCents;
        salePriceCents = saleCents;
        vatRate = rate.percent();
        if (saleCents == null) {
            saleSince = null;
        } else if (!wasReduced) {
            saleSince = now;
        }
        return before != effectivePriceCents();
    }

    void describe(
            int newPosition, List<String> values, BigDecimal amount, ContentUnit unit, Availability newAvailability) {
        position = newPosition;
        optionValues = String.join("|", values);
        contentAmount = amount;
        contentUnit = unit == null ? null : unit.symbol();
        availability = newAvailability;
    }

    /** The price a customer pays now, in cents. */
    public long effectivePriceCents() {
        return salePriceCents != null ? salePriceCents : priceCents;
    }

    /**
     * The price tag; {@code charged} are the prices of the 30 days before the reduction, from the price history (null when
     * not reduced or when the history does not reach back). A sale price shows as a reduction only against them
     * ({@link LowestPrice.Charged#shows}); otherwise it is a plain price.
     */
    PriceTag priceTag(LowestPrice.Charged charged) {
        Money price = Money.euros(effectivePriceCents());
        boolean reduced = salePriceCents != null && charged != null && charged.shows(salePriceCents, priceCents);
        Money base = contentAmount == null || contentUnit == null
                ? null
                : PriceTag.basePrice(price, contentAmount, ContentUnit.of(contentUnit));
        int deposit = product.getDepositCents();
        return new PriceTag(
                price,
                VatRate.ofPercent(vatRate),
                reduced ? Money.euros(priceCents) : null,
                reduced ? Money.euros(charged.lowest()) : null,
                base,
                base == null ? null : ContentUnit.of(contentUnit).baseUnit(),
                deposit > 0 ? Money.euros(deposit) : null);
    }

    /** Can be put in a cart: on sale and, when its stock is tracked ({@code stock} apart from the product), in stock. */
    public boolean isBuyable(StockLevel stock) {
        return availability == Availability.ACTIVE && stock.inStock();
    }

    public Long getId() {
        return id;
    }

    public Product getProduct() {
        return product;
    }

    public String getSku() {
        return sku;
    }

    public List<String> getOptionValues() {
        return optionValues.isEmpty() ? List.of() : List.of(optionValues.split("\\|", -1));
    }

    public long getPriceCents() {
        return priceCents;
    }

    public Long getSalePriceCents() {
        return salePriceCents;
    }

    public Instant getSaleSince() {
        return saleSince;
    }

    public VatRate getVatRate() {
        return VatRate.ofPercent(vatRate);
    }

    public BigDecimal getContentAmount() {
        return contentAmount;
    }

    public String getContentUnit() {
        return contentUnit;
    }

    public Availability getAvailability() {
        return availability;
    }

    public int getPosition() {
        return position;
    }
}
