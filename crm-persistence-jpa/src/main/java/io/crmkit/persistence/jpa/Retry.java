package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.ConcurrentUpdateException;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Runs an idempotent use case again when it lost an optimistic-locking race. Each attempt must reload what it
 * changes (crmkit's services do: they load, change and save inside one transaction).
 * <pre>{@code
 * Opportunity won = Retry.onConflict(3, () -> crm.opportunities().moveTo(id, "won"));
 * }</pre>
 */
public final class Retry {

    private Retry() {
    }

    /**
     * The result of {@code useCase}, run up to {@code attempts} times while it throws
     * {@link ConcurrentUpdateException}; the last conflict is rethrown with the earlier ones suppressed.
     */
    public static <T> T onConflict(int attempts, Supplier<T> useCase) {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1 but was " + attempts);
        }
        Objects.requireNonNull(useCase, "useCase");
        ConcurrentUpdateException last = null;
        for (int i = 0; i < attempts; i++) {
            try {
                return useCase.get();
            } catch (ConcurrentUpdateException e) {
                if (last != null) {
                    e.addSuppressed(last);
                }
                last = e;
            }
        }
        throw last;
    }
}
