package org.impuls.shop.order;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.money.Money;
import org.impuls.core.api.money.VatTreatment;
import org.impuls.shop.delivery.DeliveryMethod;

/**
 * One merchant's part of a customer order, split off when the order is placed: its own number and state, its lines
 * ({@link OrderLine}), its delivery, its totals and VAT per rate and the commission, all frozen at placement.
 */
@Entity
@Table(name = "shop_seller_order")
public class SellerOrder implements Stateful<OrderState> {

    /** What one VAT rate comes to in this seller order. */
    @Embeddable
    public static class Vat {
        @Column(name = "rate_percent")
        int ratePercent;

        @Column(name = "gross_cents")
        long grossCents;

        @Column(name = "net_cents")
        long netCents;

        @Column(name = "vat_cents")
        long vatCents;

        protected Vat() {}

        Vat(SellerTotals.RateLine line) {
            this.ratePercent = line.ratePercent();
            this.grossCents = line.gross().cents();
            this.netCents = line.net().cents();
            this.vatCents = line.vat().cents();
        }

        SellerTotals.RateLine line(String currency) {
            return new SellerTotals.RateLine(
                    ratePercent,
                    new Money(grossCents, currency),
                    new Money(netCents, currency),
                    new Money(vatCents, currency));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_order_id", nullable = false, updatable = false)
    private long customerOrderId;

    @Column(nullable = false, updatable = false)
    private String number;

    @Column(nullable = false, updatable = false)
    private int position;

    @Column(name = "business_id", nullable = false, updatable = false)
    private long businessId;

    @Column(name = "business_name", nullable = false)
    private String businessName;

    @Enumerated(EnumType.STRING)
    @Column(name = "vat_treatment", nullable = false)
    private VatTreatment vatTreatment;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_method", nullable = false)
    private DeliveryMethod deliveryMethod;

    @Column(name = "pickup_at")
    private Instant pickupAt;

    @Column(name = "goods_cents", nullable = false)
    private long goodsCents;

    @Column(name = "deposit_cents", nullable = false)
    private long depositCents;

    @Column(name = "delivery_cents", nullable = false)
    private long deliveryCents;

    @Column(name = "total_cents", nullable = false)
    private long totalCents;

    @Column(name = "vat_cents", nullable = false)
    private long vatCents;

    @Column(nullable = false)
    private String currency;

    @Column(name = "commission_percent", nullable = false)
    private BigDecimal commissionPercent;

    @Column(name = "commission_cents", nullable = false)
    private long commissionCents;

    @Column(name = "id_check", nullable = false)
    private boolean idCheck;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderState state = OrderState.PLACED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_seller_order_vat", joinColumns = @JoinColumn(name = "seller_order_id"))
    @OrderBy("ratePercent DESC")
    private List<Vat> vat = new ArrayList<>();

    protected SellerOrder() {}

    SellerOrder(
            long customerOrderId,
            String number,
            int position,
            long businessId,
            String businessName,
            VatTreatment vatTreatment,
            DeliveryMethod deliveryMethod,
            Instant pickupAt,
            SellerTotals totals,
            boolean idCheck) {
        this.customerOrderId = customerOrderId;
        this.number = number;
        this.position = position;
        this.businessId = businessId;
        this.businessName = businessName;
        this.vatTreatment = vatTreatment;
        this.deliveryMethod = deliveryMethod;
        this.pickupAt = pickupAt;
        this.goodsCents = totals.goods().cents();
        this.depositCents = totals.deposit().cents();
        this.deliveryCents = totals.delivery().cents();
        this.totalCents = totals.total().cents();
        this.vatCents = totals.vatTotal().cents();
        this.currency = totals.total().currency();
        this.commissionPercent = totals.commissionRate().percent();
        this.commissionCents = totals.commission().cents();
        this.idCheck = idCheck;
        totals.vat().forEach(line -> vat.add(new Vat(line)));
    }

    @Override
    public String subjectType() {
        return "seller-order";
    }

    @Override
    public long subjectId() {
        return id == null ? 0 : id;
    }

    @Override
    public String subject() {
        return "seller order " + number;
    }

    @Override
    public OrderState status() {
        return state;
    }

    @Override
    public void changeStatus(OrderState to, String note) {
        state = OrderState.LIFECYCLE.check(subject(), state, to);
    }

    public Long getId() {
        return id;
    }

    public long getCustomerOrderId() {
        return customerOrderId;
    }

    public String getNumber() {
        return number;
    }

    public int getPosition() {
        return position;
    }

    public long getBusinessId() {
        return businessId;
    }

    public String getBusinessName() {
        return businessName;
    }

    public VatTreatment getVatTreatment() {
        return vatTreatment;
    }

    public DeliveryMethod getDeliveryMethod() {
        return deliveryMethod;
    }

    public Instant getPickupAt() {
        return pickupAt;
    }

    public Money goods() {
        return new Money(goodsCents, currency);
    }

    public Money deposit() {
        return new Money(depositCents, currency);
    }

    public Money delivery() {
        return new Money(deliveryCents, currency);
    }

    public Money total() {
        return new Money(totalCents, currency);
    }

    public Money vatTotal() {
        return new Money(vatCents, currency);
    }

    public List<SellerTotals.RateLine> vat() {
        return vat.stream().map(v -> v.line(currency)).toList();
    }

    public BigDecimal getCommissionPercent() {
        return commissionPercent;
    }

    public Money commission() {
        return new Money(commissionCents, currency);
    }

    public boolean isIdCheck() {
        return idCheck;
    }

    public String getCurrency() {
        return currency;
    }
}
