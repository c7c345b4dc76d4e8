package org.impuls.core.api.error;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/** The HTTP status of each kind of refusal, the same for the REST API and for pages; and where one hides in a failure. */
public final class RefusalStatus {

    private RefusalStatus() {}

    public static int of(DomainException refusal) {
        if (refusal instanceof UnprocessableInputException) {
            return 422;
        }
        if (refusal instanceof InvalidInputException) {
            return 400;
        }
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        if (refusal instanceof ForbiddenException) {
            return 403;
        }
        if (refusal instanceof LimitReachedException) {
            return 429;
        }
        if (refusal instanceof ConflictException) {
            return 409;
        }
        throw new IllegalStateException(
                "a refusal of an unknown kind: " + refusal.getClass().getName());
    }

    /** The refusal among a failure's causes: JSF and EL wrap what a page's action or getter threw, often twice. */
    public static Optional<DomainException> among(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof DomainException refusal) {
                return Optional.of(refusal);
            }
        }
        return Optional.empty();
    }
}
