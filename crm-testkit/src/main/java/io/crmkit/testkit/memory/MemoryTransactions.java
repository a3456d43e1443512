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
 * store if the work throws, and after-commit actions (event delivery) that run only if it does not. A nested call
 * joins the outer transaction.
 */
final class MemoryTransactions implements Transactions {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Tx> current = new ThreadLocal<>();

    private static final class Tx {
        final Deque<Runnable> undo = new ArrayDeque<>();
        final List<Runnable> afterCommit = new ArrayList<>();
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        if (current.get() != null) {
            return work.get();
        }
        lock.lock();
        Tx tx = new Tx();
        current.set(tx);
        try {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                while (!tx.undo.isEmpty()) {
                    tx.undo.pop().run();
                }
                throw e;
            }
            current.remove();
            tx.afterCommit.forEach(Runnable::run);
            return result;
        } finally {
            current.remove();
            lock.unlock();
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

    /** Runs {@code action} when the open transaction commits, or now if none is open. */
    void afterCommit(Runnable action) {
        Tx tx = current.get();
        if (tx == null) {
            action.run();
        } else {
            tx.afterCommit.add(action);
        }
    }
}
