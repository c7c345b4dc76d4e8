package org.impuls.shop.payment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.impuls.shop.api.payment.Outcome;

/** Where payments, refunds and callback keys are kept; the service's only way to the database. */
@ApplicationScoped
public class PaymentRecords {

    @PersistenceContext(unitName = "impuls")
    EntityManager em;

    void add(Payment payment) {
        em.persist(payment);
        em.flush(); // the id names the payment in its history; a second live payment of the order fails here
    }

    /** The order's payment that has not failed, locked for the change, if any. */
    Optional<Payment> lockLive(String customerOrderNumber) {
        return em.createQuery(
                        "select p from Payment p where p.customerOrderNumber = :number and p.state <> "
                                + "org.impuls.shop.api.payment.PaymentState.FAILED",
                        Payment.class)
                .setParameter("number", customerOrderNumber)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The order's newest payment, failed or not. */
    Optional<Payment> latest(String customerOrderNumber) {
        return em.createQuery(
                        "select p from Payment p where p.customerOrderNumber = :number order by p.id desc",
                        Payment.class)
                .setParameter("number", customerOrderNumber)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /** The newest payment a method started under this reference, locked for the change. */
    Optional<Payment> lockByReference(String methodId, String reference) {
        return em.createQuery(
                        "select p from Payment p where p.methodId = :method and p.reference = :reference "
                                + "order by p.id desc",
                        Payment.class)
                .setParameter("method", methodId)
                .setParameter("reference", reference)
                .setMaxResults(1)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** The live payment that holds this seller order, locked for the change. */
    Optional<Payment> lockBySellerOrder(String sellerOrderNumber) {
        List<?> numbers = em.createNativeQuery("select p.customer_order_number from shop_payment p "
                        + "join shop_payment_part part on part.payment_id = p.id "
                        + "where part.seller_order_number = ?1 and p.state <> 'FAILED'")
                .setParameter(1, sellerOrderNumber)
                .getResultList();
        return numbers.isEmpty() ? Optional.empty() : lockLive((String) numbers.get(0));
    }

    /**
     * Remembers a callback key; false when it was delivered before. The primary key is the guard: a second delivery
     * of the same key on another node waits for the first transaction and then inserts nothing.
     */
    boolean rememberCallback(String methodId, String key, Long paymentId, Outcome outcome, Instant at) {
        return em.createNativeQuery("insert into shop_payment_callback "
                                + "(method_id, idempotency_key, payment_id, outcome, received_at) "
                                + "values (?1, ?2, ?3, ?4, ?5) on conflict do nothing")
                        .setParameter(1, methodId)
                        .setParameter(2, key)
                        .setParameter(3, paymentId)
                        .setParameter(4, outcome == null ? null : outcome.name())
                        .setParameter(5, java.sql.Timestamp.from(at))
                        .executeUpdate()
                == 1;
    }

    Optional<PaymentRefund> refundByKey(String idempotencyKey) {
        return em.createQuery("select r from PaymentRefund r where r.idempotencyKey = :key", PaymentRefund.class)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst();
    }

    List<PaymentRefund> refunds(long paymentId) {
        return em.createQuery(
                        "select r from PaymentRefund r where r.paymentId = :payment order by r.id", PaymentRefund.class)
                .setParameter("payment", paymentId)
                .getResultList();
    }

    void add(PaymentRefund refund) {
        em.persist(refund);
    }
}
