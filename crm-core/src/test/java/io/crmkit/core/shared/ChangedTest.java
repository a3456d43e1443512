package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ChangedTest {

    record Renamed(String name, Instant occurredAt) implements DomainEvent {
    }

    private static final Instant AT = Instant.parse("2025-01-01T09:00:00Z");

    @Test
    void carriesTheAggregateAndItsEvents() {
        Changed<String> changed = Changed.of("account", new Renamed("Acme", AT));

        assertTrue(changed.changed());
        assertEquals(List.of(new Renamed("Acme", AT)), changed.events());
    }

    @Test
    void noneMeansNothingChanged() {
        Changed<String> changed = Changed.none("account");

        assertFalse(changed.changed());
        assertEquals("account", changed.aggregate());
    }

    @Test
    void copiesTheEvents() {
        List<DomainEvent> events = new ArrayList<>(List.of(new Renamed("Acme", AT)));
        Changed<String> changed = new Changed<>("account", events);

        events.clear();

        assertEquals(1, changed.events().size());
        assertThrows(UnsupportedOperationException.class, () -> changed.events().clear());
    }

    @Test
    void rejectsNulls() {
        assertEquals("aggregate must not be null",
                assertThrows(NullPointerException.class, () -> Changed.none(null)).getMessage());
        assertEquals("events must not be null",
                assertThrows(NullPointerException.class, () -> new Changed<>("account", null)).getMessage());
        assertEquals("events[1] must not be null", assertThrows(NullPointerException.class,
                () -> new Changed<>("account", Arrays.asList(new Renamed("Acme", AT), null))).getMessage());
    }
}
