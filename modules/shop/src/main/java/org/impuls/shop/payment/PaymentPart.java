package org.impuls.shop.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import org.impuls.shop.api.payment.SellerPart;

/** One merchant's part of a payment: what its seller order costs, and when the merchant received it (offline methods). */
@Embeddable
public class PaymentPart {

    @Column(name = "seller_order_number", nullable = false)
    private String sellerOrderNumber;

    @Column(name = "business_id", nullable = false)
    private long businessId;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SellerPart.Delivery delivery;

    @Column(name = "received_at")
    private Instant receivedAt;

    @Column(name = "received_by")
    private String receivedBy;

    protected PaymentPart() {}

    PaymentPart(SellerPart part) {
        this.sellerOrderNumber = part.number();
        this.businessId = part.businessId();
        this.amountCents = part.amount().cents();
        this.delivery = part.delivery();
    }

    void received(Instant at, String by) {
        this.receivedAt = at;
        this.receivedBy = by;
    }

    public boolean isReceived() {
        return receivedAt != null;
    }

    public String getSellerOrderNumber() {
        return sellerOrderNumber;
    }

    public long getBusinessId() {
        return businessId;
    }

    public long getAmountCents() {
        return amountCents;
    }

    public SellerPart.Delivery getDelivery() {
        return delivery;
    }
}
