package org.impuls.shop.payment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.impuls.shop.api.payment.PaymentState;

/** One state change of a payment, as the history shows it. */
@Entity
@Table(name = "shop_payment_transition")
public class PaymentTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "payment_id", nullable = false)
    private long paymentId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    private PaymentState from;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private PaymentState to;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    private String note;

    protected PaymentTransition() {}

    PaymentTransition(long paymentId, PaymentState from, PaymentState to, String actor, Instant at, String note) {
        this.paymentId = paymentId;
        this.from = from;
        this.to = to;
        this.actor = actor;
        this.at = at;
        this.note = note == null || note.length() <= 500 ? note : note.substring(0, 500);
    }

    public PaymentState getFrom() {
        return from;
    }

    public PaymentState getTo() {
        return to;
    }

    public String getActor() {
        return actor;
    }
}
