package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.ConcurrentUpdateException;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The optimistic-locking store every aggregate adapter delegates to. A new aggregate (version 0) is persisted at
 * version 1 without a read, so bulk inserts batch; a taken id surfaces as a {@link ConcurrentUpdateException} when
 * the transaction flushes. An update reads the row, refuses a stale version at once, and flushes, so a concurrent
 * commit in between surfaces from {@code save} as well.
 */
final class AggregateStore<I, A extends Aggregate<I>, R extends VersionedRow> {

    private final Session session;
    private final String name;
    private final Class<R> rowType;
    private final Supplier<R> newRow;
    private final Function<I, UUID> key;
    private final BiConsumer<R, UUID> setKey;
    private final BiConsumer<A, R> write;
    private final Function<R, A> read;
    private final BiFunction<A, Long, A> withVersion;
    private volatile RowInserts<R> inserts;

    AggregateStore(Session session, String name, Class<R> rowType, Supplier<R> newRow, Function<I, UUID> key,
                   BiConsumer<R, UUID> setKey, BiConsumer<A, R> write, Function<R, A> read,
                   BiFunction<A, Long, A> withVersion) {
        this.session = session;
        this.name = name;
        this.rowType = rowType;
        this.newRow = newRow;
        this.key = key;
        this.setKey = setKey;
        this.write = write;
        this.read = read;
        this.withVersion = withVersion;
    }

    Optional<A> find(I id) {
        UUID k = key.apply(Objects.requireNonNull(id, "id"));
        return session.call(em -> Optional.ofNullable(em.find(rowType, k)).map(read));
    }

    A save(A aggregate) {
        Objects.requireNonNull(aggregate, name);
        UUID k = key.apply(aggregate.id());
        long expected = aggregate.version();
        return session.call(em -> {
            if (expected == 0) {
                insert(em, aggregate, k);
            } else {
                update(em, aggregate, k, expected);
            }
            return withVersion.apply(aggregate, expected + 1);
        });
    }

    private void insert(EntityManager em, A aggregate, UUID k) {
        R row = newRow.get();
        setKey.accept(row, k);
        row.version(1);
        write.accept(aggregate, row);
        try {
            em.persist(row);
        } catch (EntityExistsException e) {
            R existing = em.find(rowType, k);
            throw new ConcurrentUpdateException(name + " " + aggregate.id(), 0, existing == null ? -1 : existing.version());
        }
        session.persisted(new PendingInsert(name, rowType, k));
    }

    private void update(EntityManager em, A aggregate, UUID k, long expected) {
        R row = em.find(rowType, k);
        if (row == null || row.version() != expected) {
            throw new ConcurrentUpdateException(name + " " + aggregate.id(), expected, row == null ? -1 : row.version());
        }
        write.accept(aggregate, row);
        try {
            em.flush();
            if (row.version() == expected) {
                // nothing to update, yet a save always moves the version on: the port promises the next version
                em.lock(row, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        } catch (OptimisticLockException e) {
            throw Failures.conflict(rowType, name, k, expected, session.factory(), e);
        } catch (PersistenceException e) {
            throw Failures.translate(e, session.factory(), List.of());
        }
    }

    /**
     * Saves {@code aggregates} in one transaction, all or none, and returns them at their next versions in order. The
     * new ones (version 0) go to the database as JDBC batch inserts on the transaction's connection, filled by the
     * same mapper as {@link #save} and built from the entity's mapping ({@link RowInserts}); the others are updated
     * one by one as {@link #save} does. If the provider does not hand out its connection, new ones are persisted one
     * by one too. An id that is taken throws a {@link ConcurrentUpdateException} naming it.
     */
    List<A> saveAll(Collection<A> aggregates, String plural) {
        List<A> batch = List.copyOf(Objects.requireNonNull(aggregates, plural));
        Map<UUID, A> byKey = new HashMap<>(batch.size() * 2);
        List<R> rows = new ArrayList<>();
        for (A aggregate : batch) {
            UUID k = key.apply(aggregate.id());
            if (byKey.put(k, aggregate) != null) {
                throw new IllegalArgumentException(plural + " must have distinct ids but " + aggregate.id() + " appears twice");
            }
            if (aggregate.version() == 0) {
                R row = newRow.get();
                setKey.accept(row, k);
                row.version(1);
                write.accept(aggregate, row);
                rows.add(row);
            }
        }
        if (batch.isEmpty()) {
            return List.of();
        }
        return session.call(em -> {
            if (!rows.isEmpty()) {
                boolean bulk = JdbcWork.call(em, connection -> {
                    try {
                        inserts().insert(connection, rows);
                    } catch (SQLException e) {
                        throw takenOrFailed(e, rows, byKey);
                    }
                    return Boolean.TRUE;
                }).isPresent();
                if (!bulk) {
                    for (R row : rows) {
                        insert(em, byKey.get(row.key()), row.key());
                    }
                }
            }
            List<A> saved = new ArrayList<>(batch.size());
            for (A aggregate : batch) {
                long expected = aggregate.version();
                if (expected > 0) {
                    update(em, aggregate, key.apply(aggregate.id()), expected);
                }
                saved.add(withVersion.apply(aggregate, expected + 1));
            }
            return List.copyOf(saved);
        });
    }

    private RowInserts<R> inserts() {
        RowInserts<R> i = inserts;
        if (i == null) {
            i = RowInserts.of(rowType);
            inserts = i;
        }
        return i;
    }

    /** A unique violation on an id another transaction stored first is a conflict at version 0; anything else fails. */
    private RuntimeException takenOrFailed(SQLException e, List<R> rows, Map<UUID, A> byKey) {
        if (Failures.isUniqueViolation(e)) {
            List<UUID> keys = rows.stream().map(VersionedRow::key).toList();
            Optional<Map.Entry<UUID, Long>> taken = Failures.storedVersions(session.factory(), rowType, keys);
            if (taken.isPresent()) {
                ConcurrentUpdateException conflict = new ConcurrentUpdateException(
                        name + " " + byKey.get(taken.get().getKey()).id(), 0, taken.get().getValue());
                conflict.initCause(e);
                return conflict;
            }
        }
        return new PersistenceException("bulk insert of " + rows.size() + " " + name + " rows failed: " + e.getMessage(), e);
    }

    /** Rows matching a JPQL query, as aggregates. */
    List<A> list(String jpql, String parameter, Object value) {
        return session.call(em -> em.createQuery(jpql, rowType).setParameter(parameter, value).getResultList()
                .stream().map(read).toList());
    }
}
