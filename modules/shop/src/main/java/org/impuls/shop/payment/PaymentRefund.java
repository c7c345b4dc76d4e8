package org.impuls.shop.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Money paid back for a seller order, once per idempotency key. */
@Entity
@Table(name = "shop_payment_refund")
public class PaymentRefund {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Column(name = "seller_order_number", nullable = false)
    private String sellerOrderNumber;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(name = "idempotency_key", nullable = false)
    private String idempotencyKey;

    @Column(nullable = false)
    private String reference;

    @Column(nullable = false)
    private String actor;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected PaymentRefund() {}

    PaymentRefund(
            long paymentId,
            String sellerOrderNumber,
            long amountCents,
            String idempotencyKey,
            String reference,
            String actor,
            Instant createdAt) {
        this.paymentId = paymentId;
        this.sellerOrderNumber = sellerOrderNumber;
        this.amountCents = amountCents;
        this.idempotencyKey = idempotencyKey;
        this.reference = reference;
        this.actor = actor;
        this.createdAt = createdAt;
    }

    public long getPaymentId() {
        return paymentId;
    }

    public String getSellerOrderNumber() {
        return sellerOrderNumber;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }
}
