package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * An explicit table of the moves a lifecycle allows, built once and immutable:
 * <pre>{@code
 * TransitionTable<LeadStatus> table = TransitionTable.of(LeadStatus.class)
 *     .allow(NEW, WORKING, NURTURING, DISQUALIFIED)
 *     .allow(WORKING, NURTURING, QUALIFIED, DISQUALIFIED)
 *     .build();
 * }</pre>
 *
 * @param <S> the state enum
 */
public final class TransitionTable<S extends Enum<S>> {

    private final Map<S, Set<S>> moves;

    private TransitionTable(Map<S, Set<S>> moves) {
        this.moves = moves;
    }

    /** Starts a table for the states of {@code type}. */
    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    /** True if the table allows moving {@code from} {@code to}. */
    public boolean allows(S from, S to) {
        return moves.get(Require.nonNull(from, "from")).contains(Require.nonNull(to, "to"));
    }

    /** The states reachable from {@code from} in one move. */
    public Set<S> targetsOf(S from) {
        return moves.get(Require.nonNull(from, "from"));
    }

    /** True if no move leaves {@code state}. */
    public boolean isTerminal(S state) {
        return targetsOf(state).isEmpty();
    }

    /**
     * Returns {@code to} if the move is allowed.
     *
     * @throws IllegalTransitionException naming {@code aggregate}, {@code from} and {@code to} otherwise
     */
    public S require(String aggregate, S from, S to) {
        if (!allows(from, to)) {
            throw new IllegalTransitionException(aggregate, from, to);
        }
        return to;
    }

    /** Builds a {@link TransitionTable}. */
    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final Map<S, Set<S>> moves;

        private Builder(Class<S> type) {
            this.type = Require.nonNull(type, "type");
            this.moves = new EnumMap<>(type);
            for (S s : type.getEnumConstants()) {
                moves.put(s, EnumSet.noneOf(type));
            }
        }

        /** Allows moving from {@code from} to each of {@code to}; a move to the same state is rejected. */
        @SafeVarargs
        public final Builder<S> allow(S from, S... to) {
            Require.nonNull(from, "from");
            for (S target : to) {
                Require.nonNull(target, "to");
                Require.argument(target != from, "a " + type.getSimpleName() + " cannot move from " + from + " to itself");
                moves.get(from).add(target);
            }
            return this;
        }

        /** The immutable table. */
        public TransitionTable<S> build() {
            Map<S, Set<S>> copy = new EnumMap<>(type);
            moves.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(EnumSet.copyOf(v.isEmpty() ? EnumSet.noneOf(type) : v))));
            return new TransitionTable<>(Collections.unmodifiableMap(copy));
        }
    }
}
