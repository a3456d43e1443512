package io.crmkit.testkit.memory;

import io.crmkit.core.port.Transactions;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Serialised transactions over the in-memory stores: one at a time, each with an undo log that restores every
 * store if the work throws. A nested call joins the outer transaction.
 *
 * <p>Committing has two phases. First, still holding the lock, the {@linkplain #onCommit commit actions} run (they
 * record what became visible, such as the event log); then the lock is released and the
 * {@linkplain #afterCommit after-commit actions} run (event delivery). So an after-commit action may start a
 * transaction itself, or wait for another thread that does, and what it throws cannot undo or fail a transaction
 * that has already committed.
 */
final class MemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private static final class Tx {
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> onCommit = new ArrayList<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        Tx tx = new Tx();
        T result;
        lock.lock();
        try {
            current.set(tx);
            try {
                result = work.get();
                tx.onCommit.forEach(Runnable::run);
            } catch (RuntimeException | Error e) {
                while (!tx.undo.isEmpty()) {
                    tx.undo.pop().run();
                }
                throw e;
            }
        } finally {
            current.remove();
            lock.unlock();
        }
        runAfterCommit(tx.afterCommit);
        return result;
    }

    private static void runAfterCommit(List<Runnable> actions) {
        Throwable failure = null;
        for (Runnable action : actions) {
            try {
                action.run();
            } catch (RuntimeException | Error e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** Runs {@code write} in a transaction (joining one if open) and remembers {@code undo} for a rollback. */
    void write(Runnable write, Runnable undo) {
        inTransaction(() -> {
            write.run();
            current.get().undo.push(undo);
            return null;
        });
    }

    /**
     * Runs {@code action} as part of the open transaction's commit, before its lock is released and before any
     * after-commit action; now if no transaction is open. It must not throw: if it does, the transaction rolls back.
     */
    void onCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.onCommit.add(action);
        }
    }

    /**
     * Runs {@code action} once the open transaction has committed and released its lock, on the committing thread;
     * now if no transaction is open. Nothing happens if the transaction rolls back. Every action runs even if an
     * earlier one throws; the first failure then reaches the caller of the committed transaction, so actions handle
     * the failures the caller must not see.
     */
    void afterCommit(Runnable action) {
        Objects.requireNonNull(action, "action");
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }
}
