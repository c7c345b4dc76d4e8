package org.impuls.core.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.impuls.core.api.lifecycle.Lifecycle;
import org.impuls.core.api.lifecycle.Stateful;
import org.impuls.core.api.lifecycle.StatusChanged;
import org.impuls.core.api.lifecycle.Step;
import org.impuls.core.api.lifecycle.TransitionRecorder;
import org.impuls.core.api.lifecycle.TransitionRefusedException;
import org.junit.jupiter.api.Test;

/** One call moves the subject, writes its history row and audit entry and fires one event; a refusal does none of it. */
class StatusTransitionsTest {

    enum Offer {
        DRAFT,
        PUBLISHED,
        WITHDRAWN
    }

    static final Lifecycle<Offer> OFFER = Lifecycle.of(Offer.class)
            .from(Offer.DRAFT)
            .to(Offer.PUBLISHED)
            .from(Offer.PUBLISHED)
            .to(Offer.WITHDRAWN);

    static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    /** A job offer as an entity would be: it refuses what its lifecycle does not allow. */
    static final class JobOffer implements Stateful<Offer> {
        Offer status = Offer.DRAFT;
        String reason;

        @Override
        public String subjectType() {
            return "job-offer";
        }

        @Override
        public long subjectId() {
            return 42;
        }

        @Override
        public Offer status() {
            return status;
        }

        @Override
        public void changeStatus(Offer to, String note) {
            status = OFFER.check(subject(), status, to);
            reason = note;
        }
    }

    final List<StatusChanged> history = new ArrayList<>();
    final List<String> audited = new ArrayList<>();
    final List<StatusChanged> fired = new ArrayList<>();
    final JobOffer offer = new JobOffer();
    final StatusTransitions transitions =
            transitions(List.of(recorder("job-offer", history), recorder("order", new ArrayList<>())));

    @Test
    void anAllowedTransitionIsAppliedRecordedAuditedAndAnnounced() {
        StatusChanged change = transitions.perform(
                offer,
                OFFER,
                Offer.PUBLISHED,
                Step.by("anna@example.org").note("ready").audited("jobs.offer.published"));

        StatusChanged expected =
                new StatusChanged("job-offer", 42, Offer.DRAFT, Offer.PUBLISHED, "anna@example.org", NOW, "ready");
        assertThat(change).isEqualTo(expected);
        assertThat(offer.status).isEqualTo(Offer.PUBLISHED);
        assertThat(offer.reason).isEqualTo("ready");
        assertThat(history).as("the recorder of this subject type, only").containsExactly(expected);
        assertThat(audited).containsExactly("jobs.offer.published job-offer:42 ready");
        assertThat(fired).containsExactly(expected);
        assertThat(change.is(Offer.class)).isTrue();
    }

    @Test
    void aStepWithoutAuditActionWritesNoAuditEntry() {
        transitions.perform(
                offer, OFFER, Offer.PUBLISHED, Step.by("anna@example.org").note("  "));

        assertThat(audited).isEmpty();
        assertThat(history)
                .singleElement()
                .satisfies(change ->
                        assertThat(change.note()).as("blank is no note").isNull());
        assertThat(fired).hasSize(1);
    }

    @Test
    void aRefusedTransitionNamesBothStatesAndChangesNothing() {
        assertThatThrownBy(() -> transitions.perform(
                        offer,
                        OFFER,
                        Offer.WITHDRAWN,
                        Step.by("anna@example.org").audited("jobs.offer.withdrawn")))
                .isInstanceOf(TransitionRefusedException.class)
                .hasMessage("job-offer 42 cannot go from DRAFT to WITHDRAWN.");

        assertThat(offer.status).isEqualTo(Offer.DRAFT);
        assertThat(history).isEmpty();
        assertThat(audited).isEmpty();
        assertThat(fired).isEmpty();
    }

    @Test
    void theStepsLifecycleNarrowsTheSubjectsOwn() {
        Lifecycle<Offer> withdrawing =
                Lifecycle.of(Offer.class).from(Offer.PUBLISHED).to(Offer.WITHDRAWN);

        assertThatThrownBy(() -> transitions.perform(offer, withdrawing, Offer.PUBLISHED, Step.by("anna@example.org")))
                .as("allowed for the offer, but not by this step")
                .hasMessage("job-offer 42 cannot go from DRAFT to PUBLISHED.");
        assertThat(offer.status).isEqualTo(Offer.DRAFT);
    }

    @Test
    void aTerminalStateGoesNowhere() {
        transitions.perform(offer, OFFER, Offer.PUBLISHED, Step.by("anna@example.org"));
        transitions.perform(offer, OFFER, Offer.WITHDRAWN, Step.by("anna@example.org"));

        assertThat(OFFER.isTerminal(Offer.WITHDRAWN)).isTrue();
        for (Offer target : Offer.values()) {
            assertThatThrownBy(() -> transitions.perform(offer, OFFER, target, Step.by("anna@example.org")))
                    .hasMessage("job-offer 42 cannot go from WITHDRAWN to " + target + ".");
        }
        assertThat(history).extracting(StatusChanged::to).containsExactly(Offer.PUBLISHED, Offer.WITHDRAWN);
    }

    @Test
    void aSubjectWithoutRecorderIsAProgrammingError() {
        StatusTransitions withoutRecorder = transitions(List.of(recorder("order", new ArrayList<>())));

        assertThatThrownBy(() -> withoutRecorder.perform(offer, OFFER, Offer.PUBLISHED, Step.by("anna@example.org")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("job-offer");
    }

    private StatusTransitions transitions(List<TransitionRecorder> known) {
        StatusTransitions transitions = new StatusTransitions() {
            @Override
            Iterable<TransitionRecorder> recorders() {
                return known;
            }
        };
        transitions.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        transitions.audit = (action, target, detail) -> audited.add(action + " " + target + " " + detail);
        transitions.changed = new FiredEvents(fired);
        return transitions;
    }

    private static TransitionRecorder recorder(String type, List<StatusChanged> into) {
        return new TransitionRecorder() {
            @Override
            public String subjectType() {
                return type;
            }

            @Override
            public void record(StatusChanged change) {
                into.add(change);
            }
        };
    }

    /** Collects what is fired synchronously; the rest of Event is not used by the ritual. */
    private record FiredEvents(List<StatusChanged> fired) implements Event<StatusChanged> {
        @Override
        public void fire(StatusChanged event) {
            fired.add(event);
        }

        @Override
        public <U extends StatusChanged> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends StatusChanged> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<StatusChanged> select(Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends StatusChanged> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends StatusChanged> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
