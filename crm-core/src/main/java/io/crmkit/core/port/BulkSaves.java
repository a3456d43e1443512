package io.crmkit.core.port;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/** The default {@code saveAll} of the ports: checks the batch, then saves one by one. */
final class BulkSaves {

    private BulkSaves() {
    }

    static <A> List<A> oneByOne(Collection<A> aggregates, String name, Function<A, ?> id, UnaryOperator<A> save) {
        List<A> batch = requireDistinct(aggregates, name, id);
        List<A> saved = new ArrayList<>(batch.size());
        for (A aggregate : batch) {
            saved.add(save.apply(aggregate));
        }
        return List.copyOf(saved);
    }

    /** An immutable copy of {@code aggregates}, refusing nulls and two aggregates with one id. */
    static <A> List<A> requireDistinct(Collection<A> aggregates, String name, Function<A, ?> id) {
        List<A> batch = List.copyOf(Objects.requireNonNull(aggregates, name));
        Set<Object> seen = new HashSet<>(batch.size() * 2);
        for (A aggregate : batch) {
            if (!seen.add(id.apply(aggregate))) {
                throw new IllegalArgumentException(name + " must have distinct ids but " + id.apply(aggregate)
                        + " appears twice");
            }
        }
        return batch;
    }
}
