package org.impuls.core.api.lifecycle;

/**
 * Performs status transitions in one call: the subject checks and applies it, the module's
 * {@link TransitionRecorder} writes the history row, the audit trail gets the step's action, and
 * {@link StatusChanged} is fired. Call it inside the service's transaction.
 */
public interface Transitions {

    /**
     * Moves {@code subject} to {@code to}, first checked against {@code steps}: the transitions this kind of step
     * may make (a part of the subject's whole lifecycle, e.g. only its moderation), refused naming both states.
     */
    <S extends Enum<S>> StatusChanged perform(Stateful<S> subject, Lifecycle<S> steps, S to, Step step);
}
