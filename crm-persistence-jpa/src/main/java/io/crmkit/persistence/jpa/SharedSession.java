package io.crmkit.persistence.jpa;

import io.crmkit.core.port.Transactions;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The host manages transactions (Spring's {@code TransactionTemplate}, a JTA container): {@code entityManager} is a
 * shared, transaction-bound proxy, and {@code transactions} runs work in the host's transactions.
 */
final class SharedSession implements Session {

    private final EntityManager entityManager;
    private final Transactions transactions;
    private final ThreadLocal<List<PendingInsert>> inserts = new ThreadLocal<>();

    SharedSession(EntityManager entityManager, Transactions transactions) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (inserts.get() != null) {
            return transactions.inTransaction(work);
        }
        List<PendingInsert> pending = new ArrayList<>();
        inserts.set(pending);
        try {
            return transactions.inTransaction(work);
        } catch (RuntimeException e) {
            throw Failures.translate(e, factory(), pending);
        } finally {
            inserts.remove();
        }
    }

    @Override
    public <T> T call(Function<EntityManager, T> work) {
        return inTransaction(() -> work.apply(entityManager));
    }

    @Override
    public void persisted(PendingInsert insert) {
        List<PendingInsert> pending = inserts.get();
        if (pending != null) {
            pending.add(insert);
        }
    }

    @Override
    public EntityManagerFactory factory() {
        return entityManager.getEntityManagerFactory();
    }
}
