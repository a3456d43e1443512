package io.crmkit.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.EntityTransaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Resource-local transactions over an {@link EntityManagerFactory}: one entity manager per transaction, bound to the
 * thread; a nested call joins the outer transaction. Whatever the work or the commit throws is rolled back and
 * rethrown in domain terms ({@link Failures}).
 */
final class LocalSession implements Session {

    private final EntityManagerFactory factory;
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private record Tx(EntityManager em, List<PendingInsert> inserts) {
    }

    LocalSession(EntityManagerFactory factory) {
        this.factory = Objects.requireNonNull(factory, "entityManagerFactory");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        EntityManager em = factory.createEntityManager();
        Tx tx = new Tx(em, new ArrayList<>());
        EntityTransaction transaction = em.getTransaction();
        try {
            current.set(tx);
            transaction.begin();
            T result;
            try {
                result = work.get();
                transaction.commit();
            } catch (RuntimeException | Error e) {
                rollbackQuietly(transaction, e);
                throw Failures.translate(e, factory, tx.inserts());
            }
            return result;
        } finally {
            current.remove();
            em.close();
        }
    }

    private static void rollbackQuietly(EntityTransaction tx, Throwable cause) {
        try {
            if (tx.isActive()) {
                tx.rollback();
            }
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public <T> T call(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(current.get().em()));
    }

    @Override
    public void persisted(PendingInsert insert) {
        Tx tx = current.get();
        if (tx != null) {
            tx.inserts().add(insert);
        }
    }

    @Override
    public EntityManagerFactory factory() {
        return factory;
    }
}
