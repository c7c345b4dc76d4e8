package org.impuls.shop.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.impuls.core.api.lifecycle.StatusChanged;

/** One state change of a customer or seller order, in {@code shop_order_transition}. */
@Entity
@Table(name = "shop_order_transition")
public class OrderTransition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false)
    private OrderState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false)
    private OrderState toState;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private Instant at;

    private String note;

    protected OrderTransition() {}

    OrderTransition(StatusChanged change) {
        this.subjectType = change.subjectType();
        this.subjectId = change.subjectId();
        this.fromState = (OrderState) change.from();
        this.toState = (OrderState) change.to();
        this.actor = change.actor();
        this.at = change.at();
        this.note = change.note();
    }
}
