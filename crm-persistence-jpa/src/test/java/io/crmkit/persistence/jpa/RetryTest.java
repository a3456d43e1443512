package io.crmkit.persistence.jpa;

import io.crmkit.core.shared.ConcurrentUpdateException;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class RetryTest {

    @Test
    void runsAgainAfterAConflictAndReturnsTheFirstSuccess() {
        AtomicInteger calls = new AtomicInteger();

        String result = Retry.onConflict(3, () -> {
            if (calls.incrementAndGet() < 3) {
                throw new ConcurrentUpdateException("lead x", 1, 2);
            }
            return "saved";
        });

        assertEquals("saved", result);
        assertEquals(3, calls.get());
    }

    @Test
    void givesUpAfterTheAttemptsWithTheLastConflictAndTheEarlierOnesSuppressed() {
        AtomicInteger calls = new AtomicInteger();

        ConcurrentUpdateException last = assertThrows(ConcurrentUpdateException.class, () -> Retry.onConflict(2, () -> {
            throw new ConcurrentUpdateException("lead x", calls.incrementAndGet(), 9);
        }));

        assertEquals(2, last.expectedVersion());
        assertEquals(1, last.getSuppressed().length);
        assertEquals(2, calls.get());
    }

    @Test
    void otherFailuresAreNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException failure = new IllegalStateException("bug");

        assertSame(failure, assertThrows(IllegalStateException.class, () -> Retry.onConflict(5, () -> {
            calls.incrementAndGet();
            throw failure;
        })));
        assertEquals(1, calls.get());
    }

    @Test
    void rejectsNoAttempts() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Retry.onConflict(0, () -> "x"));
        assertEquals("attempts must be at least 1 but was 0", e.getMessage());
    }
}
