package org.impuls.core.api.lifecycle;

import org.impuls.core.api.error.ConflictException;

/** A status change the subject's lifecycle does not allow; REST answers 409 naming both states. */
public class TransitionRefusedException extends ConflictException {

    private final transient Enum<?> from;

    private final transient Enum<?> to;

    public TransitionRefusedException(String subject, Enum<?> from, Enum<?> to) {
        super(subject + " cannot go from " + from + " to " + to + ".");
        this.from = from;
        this.to = to;
    }

    public Enum<?> from() {
        return from;
    }

    public Enum<?> to() {
        return to;
    }
}
