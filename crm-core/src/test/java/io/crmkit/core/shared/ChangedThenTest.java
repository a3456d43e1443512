package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class ChangedThenTest {

    private record Happened(String what, Instant occurredAt) implements DomainEvent {
    }

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");

    @Test
    void chainsChangesKeepingEveryEventInOrder() {
        Changed<Integer> one = Changed.of(1, new Happened("one", AT));

        Changed<Integer> three = one.then(n -> Changed.of(n + 1, new Happened("two", AT)))
                .then(Changed::none)
                .then(n -> Changed.of(n + 1, new Happened("three", AT)));

        assertEquals(3, three.aggregate());
        assertEquals(List.of(new Happened("one", AT), new Happened("two", AT), new Happened("three", AT)), three.events());
    }
}
