package org.impuls.shop.order;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.Transitions;
import org.impuls.shop.api.OrderCancelled;
import org.impuls.shop.api.PaymentSucceeded;
import org.impuls.shop.api.StockLedger;
import org.impuls.shop.api.payment.PaymentState;
import org.impuls.shop.payment.PaymentView;
import org.impuls.shop.payment.Payments;

/**
 * Orders whose payment did not come in time: each is cancelled on its own (the customer order and its seller orders
 * CANCELLED with a recorded transition, the payment FAILED, the stock released, {@link OrderCancelled} fired). A paid
 * order has no due time any more, and its reservations are committed.
 */
@ApplicationScoped
public class UnpaidOrders {

    static final String ACTOR = "shop";

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    @Inject
    Orders orders;

    @Inject
    Payments payments;

    @Inject
    StockLedger stock;

    @Inject
    Transitions transitions;

    @Inject
    Event<OrderCancelled> cancelled;

    /** The ids of placed orders due by {@code now}, oldest first, at most {@code limit}. */
    @Transactional
    public List<Long> due(Instant now, int limit) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("select id from shop_customer_order where state = 'PLACED'"
                        + " and payment_due_at <= ?1 order by payment_due_at limit ?2")
                .setParameter(1, Timestamp.from(now))
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /**
     * Cancels the order if it is still placed, unpaid and due (safe to call twice, and on two nodes: the row is
     * locked first).
     *
     * @return whether it was cancelled now
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean cancelIfUnpaid(long orderId, Instant now) {
        CustomerOrder order = em.find(CustomerOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        if (order == null
                || order.status() != OrderState.PLACED
                || order.getPaymentDueAt() == null
                || order.getPaymentDueAt().isAfter(now)) {
            return false;
        }
        PaymentState payment =
                payments.of(order.getNumber()).map(PaymentView::state).orElse(PaymentState.FAILED);
        if (payment != PaymentState.PENDING && payment != PaymentState.AUTHORISED) {
            if (payment != PaymentState.FAILED) {
                order.paid(); // paid after all: no more timeout
                return false;
            }
        } else {
            payments.cancel(order.getNumber(), "not paid in time");
        }
        Step step = Step.by(ACTOR).note("not paid in time");
        transitions.perform(order, OrderState.LIFECYCLE, OrderState.CANCELLED, step);
        List<SellerOrder> sellers = orders.sellerOrders(List.of(orderId)).getOrDefault(orderId, List.of());
        for (SellerOrder seller : sellers) {
            transitions.perform(seller, OrderState.LIFECYCLE, OrderState.CANCELLED, step);
        }
        for (OrderLine line :
                orders.orderLines(sellers.stream().map(SellerOrder::getId).toList())) {
            if (line.getReservationId() != null) {
                stock.release(line.getReservationId());
            }
        }
        cancelled.fire(new OrderCancelled(
                order.getNumber(),
                sellers.stream().map(SellerOrder::getBusinessId).toList()));
        return true;
    }

    /** Paid: no timeout cancels the order, and its reserved units leave the stock for good. */
    void paid(@Observes PaymentSucceeded event) {
        orders.byNumber(event.customerOrderNumber()).ifPresent(order -> {
            order.paid();
            List<SellerOrder> sellers =
                    orders.sellerOrders(List.of(order.getId())).getOrDefault(order.getId(), List.of());
            for (OrderLine line :
                    orders.orderLines(sellers.stream().map(SellerOrder::getId).toList())) {
                if (line.getReservationId() != null) {
                    stock.commit(line.getReservationId()); // expired before: 409, as the order is cancelled
                }
            }
        });
    }
}
