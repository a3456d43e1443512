package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The result of a command on an aggregate: its new state and the events that describe the change (none if the
 * command changed nothing).
 *
 * @param aggregate the aggregate after the command
 * @param events    what happened, in order
 * @param <A>       the aggregate type
 */
public record Changed<A>(A aggregate, List<DomainEvent> events) {

    /** Validates and copies. */
    public Changed {
        Require.nonNull(aggregate, "aggregate");
        events = Require.listOf(events, "events");
    }

    /** A change described by one event. */
    public static <A> Changed<A> of(A aggregate, DomainEvent event) {
        return new Changed<>(aggregate, List.of(event));
    }

    /** No change at all. */
    public static <A> Changed<A> none(A aggregate) {
        return new Changed<>(aggregate, List.of());
    }

    /** This change followed by {@code next} applied to its result: the final state, and the events of both in order. */
    public Changed<A> then(Function<A, Changed<A>> next) {
        Changed<A> after = Require.nonNull(next, "next").apply(aggregate);
        if (after.events.isEmpty()) {
            return new Changed<>(after.aggregate, events);
        }
        List<DomainEvent> all = new ArrayList<>(events);
        all.addAll(after.events);
        return new Changed<>(after.aggregate, all);
    }

    /** True if the command changed something. */
    public boolean changed() {
        return !events.isEmpty();
    }
}
