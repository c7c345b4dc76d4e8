package org.impuls.core.api.lifecycle;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which transitions of a status enum are allowed, declared once as a constant next to the enum:
 * <pre>{@code
 * Lifecycle.of(OrderStatus.class)
 *         .from(PLACED).to(PAID, CANCELLED)
 *         .from(PAID).to(SHIPPED, REFUNDED);
 * }</pre>
 * A state nothing leads out of is terminal. Immutable: each step of the declaration answers a new lifecycle.
 */
public final class Lifecycle<S extends Enum<S>> {

    private final Class<S> type;

    private final Map<S, Set<S>> allowed;

    private Lifecycle(Class<S> type, Map<S, Set<S>> allowed) {
        this.type = type;
        this.allowed = allowed;
    }

    /** A lifecycle of the given status enum that allows nothing yet. */
    public static <S extends Enum<S>> Lifecycle<S> of(Class<S> type) {
        return new Lifecycle<>(Objects.requireNonNull(type), new EnumMap<>(type));
    }

    /** Starts declaring where {@code state} may go. */
    public Targets from(S state) {
        return new Targets(Objects.requireNonNull(state));
    }

    /** The second half of {@code from(a).to(b, c)}. */
    public final class Targets {

        private final S from;

        private Targets(S from) {
            this.from = from;
        }

        /** Allows {@code from → each of targets}, in addition to what was allowed before. */
        @SafeVarargs
        public final Lifecycle<S> to(S... targets) {
            if (targets.length == 0) {
                throw new IllegalArgumentException("name at least one state " + from + " may go to");
            }
            Map<S, Set<S>> next = copy(allowed);
            next.computeIfAbsent(from, state -> EnumSet.noneOf(type)).addAll(Arrays.asList(targets));
            return new Lifecycle<>(type, next);
        }
    }

    /** Everything this one or the other allows: e.g. the directory's admission and moderation steps together. */
    public Lifecycle<S> and(Lifecycle<S> other) {
        Map<S, Set<S>> union = copy(allowed);
        other.allowed.forEach((from, targets) ->
                union.computeIfAbsent(from, state -> EnumSet.noneOf(type)).addAll(targets));
        return new Lifecycle<>(type, union);
    }

    public boolean allows(S from, S to) {
        return next(from).contains(to);
    }

    /** The states {@code from} may go to; empty for a terminal state. */
    public Set<S> next(S from) {
        Set<S> targets = allowed.get(from);
        return targets == null ? Set.of() : Collections.unmodifiableSet(targets);
    }

    /** No transition leads out of it (e.g. REJECTED). */
    public boolean isTerminal(S state) {
        return next(state).isEmpty();
    }

    /**
     * Answers {@code to} when the transition is allowed, else refuses it naming both states.
     *
     * @param subject what is moving, for the message, e.g. {@code "business 12"}
     */
    public S check(String subject, S from, S to) {
        if (!allows(from, to)) {
            throw new TransitionRefusedException(subject, from, to);
        }
        return to;
    }

    public Class<S> type() {
        return type;
    }

    private Map<S, Set<S>> copy(Map<S, Set<S>> original) {
        Map<S, Set<S>> copy = new EnumMap<>(type);
        original.forEach((from, targets) -> copy.put(from, EnumSet.copyOf(targets)));
        return copy;
    }

    @Override
    public String toString() {
        return type.getSimpleName() + allowed;
    }
}
