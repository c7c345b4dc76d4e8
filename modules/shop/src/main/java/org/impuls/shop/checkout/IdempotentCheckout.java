package org.impuls.shop.checkout;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;

/**
 * The last guard of idempotency: when two requests with the same key for the same cart still both reached the insert
 * (the cart's lock normally makes the second wait and find the order), the unique key {@code (cart_id,
 * idempotency_key)} refuses the second one's whole transaction, and it is answered in a new one, which finds the order.
 */
@ApplicationScoped
public class IdempotentCheckout {

    private static final String UNIQUE_VIOLATION = "23505";

    @Inject
    Checkout checkout;

    public Checkout.Placed place(String cartId, String idempotencyKey, CheckoutRequest request) {
        try {
            return checkout.place(cartId, idempotencyKey, request);
        } catch (RuntimeException e) {
            if (!uniqueViolation(e)) {
                throw e;
            }
            return checkout.place(cartId, idempotencyKey, request);
        }
    }

    private static boolean uniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
