package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.ConcurrentUpdateException;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Turns what the provider and the driver throw into the domain's errors. */
final class Failures {

    /** crmkit's constraints (lower case, as both databases name them in messages) and what breaking them means. */
    private static final Map<String, String> EXPLANATIONS = Map.ofEntries(
            Map.entry("crm_opportunity_account_fk", "an opportunity refers to an account that is not stored"),
            Map.entry("crm_contact_account_account_fk", "a contact works for an account that is not stored"),
            Map.entry("crm_lifecycle_account_fk", "a lifecycle belongs to an account that is not stored"),
            Map.entry("crm_pool_entry_account_fk", "a pool entry belongs to an account that is not stored"),
            Map.entry("crm_lead_blocking_key_lead_fk", "a blocking key belongs to a lead that is not stored"),
            Map.entry("crm_outbox_dedupe_key_uk", "an event with the same dedupe key is already in the outbox"));

    private Failures() {
    }

    /** {@code e} in domain terms; {@code pending} are the inserts of the failed transaction, to name a taken id. */
    static RuntimeException translate(Throwable e, EntityManagerFactory factory, List<PendingInsert> pending) {
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof ConcurrentUpdateException || e instanceof StoreConstraintException) {
            return (RuntimeException) e;
        }
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof ConcurrentUpdateException cue) {
                return cue;
            }
            if (c instanceof OptimisticLockException ole && ole.getEntity() instanceof VersionedRow row) {
                return conflict(row.getClass(), nameOf(row), row.key(), row.version(), factory, ole);
            }
            if (c instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return constraint(sql, e, factory, pending);
            }
            if (c instanceof EntityExistsException) {
                RuntimeException taken = takenId(factory, pending);
                if (taken != null) {
                    return taken;
                }
            }
        }
        return (RuntimeException) e;
    }

    static ConcurrentUpdateException conflict(Class<? extends VersionedRow> rowType, String aggregate, Object id,
                                              long expected, EntityManagerFactory factory, Throwable cause) {
        long actual = storedVersion(factory, rowType, id);
        ConcurrentUpdateException conflict = new ConcurrentUpdateException(aggregate + " " + id, expected, actual);
        conflict.initCause(cause);
        return conflict;
    }

    private static RuntimeException constraint(SQLException sql, Throwable e, EntityManagerFactory factory,
                                               List<PendingInsert> pending) {
        String message = String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT);
        if ("23505".equals(sql.getSQLState()) || message.contains("_pk")) {
            RuntimeException taken = takenId(factory, pending);
            if (taken != null) {
                return taken;
            }
        }
        for (Map.Entry<String, String> known : EXPLANATIONS.entrySet()) {
            if (message.contains(known.getKey())) {
                return new StoreConstraintException(known.getKey(), known.getValue(), e);
            }
        }
        return new StoreConstraintException("unknown", "the database refused the change: " + sql.getMessage(), e);
    }

    /** The first pending insert whose id another transaction stored first, as a conflict at version 0. */
    private static RuntimeException takenId(EntityManagerFactory factory, List<PendingInsert> pending) {
        for (PendingInsert insert : pending) {
            long stored = storedVersion(factory, insert.rowType(), insert.key());
            if (stored >= 0) {
                return new ConcurrentUpdateException(insert.aggregate() + " " + insert.key(), 0, stored);
            }
        }
        return null;
    }

    /** True if {@code e} (or a batch failure it carries) is a unique or primary key violation. */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException s = e; s != null; s = s.getNextException()) {
            for (Throwable c = s; c != null; c = c.getCause()) {
                if (c instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first of {@code keys} stored (and committed) with its version, read through a fresh entity manager in chunks:
     * the taken id of a failed bulk insert.
     */
    static Optional<Map.Entry<UUID, Long>> storedVersions(EntityManagerFactory factory, Class<? extends VersionedRow> rowType,
                                                          List<UUID> keys) {
        String entity = rowType.getAnnotation(Entity.class).name();
        EntityManager em = factory.createEntityManager();
        try {
            for (int from = 0; from < keys.size(); from += 500) {
                List<? extends VersionedRow> found = em.createQuery("select r from " + entity + " r where r.id in :keys", rowType)
                        .setParameter("keys", keys.subList(from, Math.min(keys.size(), from + 500))).setMaxResults(1)
                        .getResultList();
                if (!found.isEmpty()) {
                    return Optional.of(Map.entry(found.get(0).key(), found.get(0).version()));
                }
            }
            return Optional.empty();
        } catch (RuntimeException lookupFailed) {
            return Optional.empty();
        } finally {
            em.close();
        }
    }

    private static long storedVersion(EntityManagerFactory factory, Class<? extends VersionedRow> rowType, Object id) {
        EntityManager em = factory.createEntityManager();
        try {
            VersionedRow row = em.find(rowType, id);
            return row == null ? -1 : row.version();
        } catch (RuntimeException lookupFailed) {
            return -1;
        } finally {
            em.close();
        }
    }

    private static String nameOf(VersionedRow row) {
        return Rows.aggregateName(row.getClass());
    }
}
