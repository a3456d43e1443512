package io.crmkit.testkit.memory;

import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.ConcurrentUpdateException;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/** One aggregate type's rows, with optimistic locking and rollback through {@link MemoryTransactions}. */
final class MemoryStore<I, A extends Aggregate<I>> {

    private final String type;
    private final MemoryTransactions transactions;
    private final BiFunction<A, Long, A> withVersion;
    private final Comparator<A> oldestFirst;
    private final ConcurrentHashMap<I, A> rows = new ConcurrentHashMap<>();

    MemoryStore(String type, MemoryTransactions transactions, BiFunction<A, Long, A> withVersion, Comparator<A> oldestFirst) {
        this.type = type;
        this.transactions = transactions;
        this.withVersion = withVersion;
        this.oldestFirst = oldestFirst;
    }

    Optional<A> find(I id) {
        return Optional.ofNullable(rows.get(Objects.requireNonNull(id, "id")));
    }

    A save(A aggregate) {
        Objects.requireNonNull(aggregate, type);
        return transactions.inTransaction(() -> {
            A stored = rows.get(aggregate.id());
            long storedVersion = stored == null ? 0 : stored.version();
            if (storedVersion != aggregate.version()) {
                throw new ConcurrentUpdateException(type + " " + aggregate.id(), aggregate.version(),
                        stored == null ? -1 : storedVersion);
            }
            A next = withVersion.apply(aggregate, aggregate.version() + 1);
            transactions.write(() -> rows.put(aggregate.id(), next), () -> {
                if (stored == null) {
                    rows.remove(aggregate.id());
                } else {
                    rows.put(aggregate.id(), stored);
                }
            });
            return next;
        });
    }

    /** Saves every one of {@code batch} in one transaction: all or none. */
    List<A> saveAll(Collection<A> batch, String name) {
        List<A> copy = List.copyOf(Objects.requireNonNull(batch, name));
        Set<I> ids = new HashSet<>();
        for (A aggregate : copy) {
            if (!ids.add(aggregate.id())) {
                throw new IllegalArgumentException(name + " must have distinct ids but " + aggregate.id() + " appears twice");
            }
        }
        return transactions.inTransaction(() -> copy.stream().map(this::save).toList());
    }

    List<A> where(Predicate<A> filter) {
        return rows.values().stream().filter(filter).sorted(oldestFirst).toList();
    }

    int size() {
        return rows.size();
    }
}
