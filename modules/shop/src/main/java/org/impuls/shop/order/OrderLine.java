package org.impuls.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.impuls.core.api.money.Money;

/** A line of a seller order as it was bought: a snapshot, untouched by later changes of the product. */
@Entity
@Table(name = "shop_order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "seller_order_id", nullable = false)
    private Long sellerOrderId;

    @Column(name = "variant_id", nullable = false)
    private long variantId;

    @Column(name = "product_id", nullable = false)
    private long productId;

    @Column(nullable = false)
    private String title;

    @Column(name = "variant_label", nullable = false)
    private String variantLabel;

    private String sku;

    @Column(name = "unit_price_cents", nullable = false)
    private long unitPriceCents;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "deposit_cents", nullable = false)
    private long depositCents;

    @Column(name = "vat_rate_percent", nullable = false)
    private int vatRatePercent;

    @Column(name = "age_limit", nullable = false)
    private int ageLimit;

    @Column(name = "reservation_id")
    private Long reservationId;

    protected OrderLine() {}

    OrderLine(LineSnapshot line, Long reservationId) {
        this.variantId = line.variantId();
        this.productId = line.productId();
        this.title = line.title();
        this.variantLabel = line.variantLabel();
        this.sku = line.sku();
        this.unitPriceCents = line.unitPrice().cents();
        this.quantity = line.quantity();
        this.depositCents = line.depositPerUnit().cents();
        this.vatRatePercent = line.vatRatePercent();
        this.ageLimit = line.ageLimit();
        this.reservationId = reservationId;
    }

    void belongTo(long sellerOrderId) {
        this.sellerOrderId = sellerOrderId;
    }

    public LineSnapshot snapshot(String currency) {
        return new LineSnapshot(
                variantId,
                productId,
                title,
                variantLabel,
                sku,
                new Money(unitPriceCents, currency),
                quantity,
                new Money(depositCents, currency),
                vatRatePercent,
                ageLimit);
    }

    public Long getSellerOrderId() {
        return sellerOrderId;
    }

    public Long getReservationId() {
        return reservationId;
    }

    public long getVariantId() {
        return variantId;
    }
}
