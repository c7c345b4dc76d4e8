package org.impuls.core.lifecycle;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.stream.StreamSupport;
import org.impuls.core.api.AuditTrail;
import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.TransitionRecorder;
import org.impuls.core.api.lifecycle.Transitions;

/** The one status ritual: check, apply, record, audit, announce. */
@ApplicationScoped
public class StatusTransitions implements Transitions {

    @Inject
    Clock clock;

    @Inject
    AuditTrail audit;

    @Inject
    Event<StatusChanged> changed;

    @Inject
    @Any
    Instance<TransitionRecorder> recorders;

    @Override
    public <S extends Enum<S>> StatusChanged perform(Stateful<S> subject, Lifecycle<S> steps, S to, Step step) {
        S from = subject.status();
        steps.check(subject.subject(), from, to);
        subject.changeStatus(to, step.note());
        StatusChanged change = new StatusChanged(
                subject.subjectType(), subject.subjectId(), from, to, step.actor(), clock.instant(), step.note());
        recorderOf(subject.subjectType()).record(change);
        if (step.auditAction() != null) {
            audit.record(step.auditAction(), subject.auditTarget(), step.note());
        }
        changed.fire(change);
        return change;
    }

    /** Every kind of subject has its history: a missing recorder is a programming error, not a silent gap. */
    TransitionRecorder recorderOf(String subjectType) {
        List<TransitionRecorder> matching = StreamSupport.stream(recorders().spliterator(), false)
                .filter(recorder -> recorder.subjectType().equals(subjectType))
                .toList();
        if (matching.size() != 1) {
            throw new IllegalStateException(
                    matching.size() + " recorders of " + subjectType + " transitions, expected one");
        }
        return matching.get(0);
    }

    Iterable<TransitionRecorder> recorders() {
        return recorders;
    }
}
