package org.impuls.core.api.lifecycle;

/**
 * Keeps the history of one kind of subject in the module's own table, in the words its users read
 * (e.g. the directory's review steps). A CDI bean; {@link Transitions} calls it for every transition.
 */
public interface TransitionRecorder {

    /** The {@link Stateful#subjectType()} whose transitions this records. */
    String subjectType();

    void record(StatusChanged change);
}
