package org.impuls.core.api;

import java.util.Optional;
import java.util.Set;

/**
 * Who is making the current request, for authorisation checks in modules: "may this caller change
 * business 17?" is {@code caller.worksFor(17)}.
 */
public interface Caller {

    boolean isAuthenticated();

    Optional<Long> accountId();

    boolean isOperator();

    /** The businesses this caller is staff of (the MERCHANT role): admitted ones, through active links only. */
    Set<Long> businessIds();

    /** The businesses this caller applied for that are not admitted (yet): they may read their application, nothing more. */
    Set<Long> pendingBusinessIds();

    default boolean worksFor(long businessId) {
        return businessIds().contains(businessId);
    }
}
