package org.impuls.core.api.lifecycle;

import java.time.Instant;

/**
 * The CDI event {@link Transitions} fires for every transition, inside the transaction: observe it
 * {@code during = TransactionPhase.AFTER_SUCCESS} to act only on committed changes, and pick yours by
 * {@link #is(Class)}. (Not generic: CDI cannot resolve a type parameter that is known only at run time.)
 */
public record StatusChanged(
        String subjectType, long subjectId, Enum<?> from, Enum<?> to, String actor, Instant at, String note) {

    /** A transition of this status enum, e.g. {@code change.is(OrderStatus.class) && change.to() == OrderStatus.PAID}. */
    public boolean is(Class<? extends Enum<?>> statusType) {
        return to.getDeclaringClass() == statusType;
    }
}
