package org.impuls.core.api.lifecycle;

/**
 * Something with a status that moves along a {@link Lifecycle}, usually an entity: it refuses what its
 * lifecycle does not allow in {@link #changeStatus}, and {@link Transitions} does the rest of the step.
 */
public interface Stateful<S extends Enum<S>> {

    /** What kind of thing this is, e.g. {@code business}: names it in refusals, in the audit target and in {@link StatusChanged}. */
    String subjectType();

    long subjectId();

    S status();

    /** Moves to {@code to}, refusing with {@link TransitionRefusedException} what the lifecycle does not allow. */
    void changeStatus(S to, String note);

    /** {@code business 12}: how refusals name the subject. */
    default String subject() {
        return subjectType() + " " + subjectId();
    }

    /** {@code business:12}: the target of the step's audit entry. */
    default String auditTarget() {
        return subjectType() + ":" + subjectId();
    }
}
