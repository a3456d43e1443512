package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class UserIdTest {

    @Test
    void newIdsAreTimeOrderedAndDistinct() {
        UserId a = UserId.newId();
        UserId b = UserId.newId();

        assertEquals(7, a.value().version());
        assertNotEquals(a, b);
    }

    @Test
    void roundTripsThroughItsString() {
        UserId id = UserId.newId();

        assertEquals(id, UserId.of(id.toString()));
    }

    @Test
    void rejectsNullAndGarbageNamingTheField() {
        assertEquals("userId must not be null",
                assertThrows(NullPointerException.class, () -> new UserId(null)).getMessage());
        assertEquals("userId must not be null",
                assertThrows(NullPointerException.class, () -> UserId.of(null)).getMessage());
        assertEquals("userId must be a UUID like 0190a6f2-8c1e-7abc-8def-0123456789ab but was 'bob'",
                assertThrows(IllegalArgumentException.class, () -> UserId.of("bob")).getMessage());
    }
}
