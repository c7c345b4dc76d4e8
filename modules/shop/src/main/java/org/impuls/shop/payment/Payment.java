package org.impuls.shop.payment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.money.Money;
import org.impuls.shop.api.payment.NextAction;
import org.impuls.shop.api.payment.PaymentOrder;
import org.impuls.shop.api.payment.PaymentState;

/**
 * The payment of one customer order, by one method. Keyed by the order's number (checkout owns the order); its state
 * moves only along {@link PaymentLifecycle}.
 */
@Entity
@Table(name = "shop_payment")
public class Payment implements Stateful<PaymentState> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "customer_order_number", nullable = false)
    private String customerOrderNumber;

    @Column(name = "method_id", nullable = false)
    private String methodId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentState state = PaymentState.PENDING;

    @Column(name = "amount_cents", nullable = false)
    private long amountCents;

    @Column(nullable = false)
    private String currency;

    private String reference;

    @Convert(converter = NextActionConverter.class)
    @Column(name = "next_action")
    private NextAction nextAction;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "shop_payment_part", joinColumns = @JoinColumn(name = "payment_id"))
    private List<PaymentPart> parts = new ArrayList<>();

    protected Payment() {}

    Payment(String methodId, PaymentOrder order, Instant now) {
        this.customerOrderNumber = order.number();
        this.methodId = methodId;
        this.amountCents = order.total().cents();
        this.currency = order.total().currency();
        this.createdAt = now;
        this.changedAt = now;
        order.parts().forEach(part -> parts.add(new PaymentPart(part)));
    }

    void started(String reference, NextAction nextAction) {
        this.reference = reference;
        this.nextAction = nextAction;
    }

    void touched(Instant now) {
        this.changedAt = now;
    }

    @Override
    public String subjectType() {
        return "payment";
    }

    @Override
    public long subjectId() {
        return id == null ? 0 : id;
    }

    @Override
    public PaymentState status() {
        return state;
    }

    @Override
    public void changeStatus(PaymentState to, String note) {
        state = PaymentLifecycle.ALL.check(subject(), state, to);
    }

    public Long getId() {
        return id;
    }

    /** For stores that are not JPA (tests). */
    void assignId(long id) {
        this.id = id;
    }

    public String getCustomerOrderNumber() {
        return customerOrderNumber;
    }

    public String getMethodId() {
        return methodId;
    }

    public Money amount() {
        return new Money(amountCents, currency);
    }

    public String getReference() {
        return reference;
    }

    public NextAction getNextAction() {
        return nextAction == null ? NextAction.none() : nextAction;
    }

    public List<PaymentPart> parts() {
        return parts;
    }

    public Optional<PaymentPart> part(String sellerOrderNumber) {
        return parts.stream()
                .filter(part -> part.getSellerOrderNumber().equals(sellerOrderNumber))
                .findFirst();
    }

    public Instant getChangedAt() {
        return changedAt;
    }
}
