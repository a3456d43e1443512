package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class IdsTest {

    @Test
    void generatesVersion7UuidsOfTheIetfVariant() {
        UUID id = Ids.next();

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
    }

    @Test
    void idsFromATightLoopAreUniqueAndStrictlyIncreasing() {
        UUID[] ids = new UUID[100_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = Ids.next();
        }

        Set<UUID> unique = new HashSet<>(Arrays.asList(ids));
        assertEquals(ids.length, unique.size());
        for (int i = 1; i < ids.length; i++) {
            UUID previous = ids[i - 1];
            UUID next = ids[i];
            assertTrue(compareUnsigned(previous, next) < 0, () -> previous + " is not before " + next);
        }
    }

    @Test
    void carriesTheCreationTimeInItsFirst48Bits() {
        long before = System.currentTimeMillis();
        UUID id = Ids.next();
        long after = System.currentTimeMillis();

        long millis = Ids.epochMillisOf(id);

        assertTrue(millis >= before, () -> millis + " < " + before);
        assertTrue(millis <= after + 1_000, () -> millis + " > " + after); // a full counter borrows the next ms
    }

    @Test
    void roundTripsTheTimestampOfADeterministicId() {
        long millis = 1_735_689_600_123L; // 2025-01-01T00:00:00.123Z

        UUID id = Ids.uuid7(millis, new SplittableRandom(42));

        assertEquals(millis, Ids.epochMillisOf(id));
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(id, Ids.uuid7(millis, new SplittableRandom(42)));
        assertEquals(0L, Ids.epochMillisOf(Ids.uuid7(0, new SplittableRandom(1))));
        assertEquals((1L << 48) - 1, Ids.epochMillisOf(Ids.uuid7((1L << 48) - 1, new SplittableRandom(1))));
    }

    @Test
    void rejectsTimestampsOutside48Bits() {
        assertEquals("epochMillis must fit 48 bits but was -1",
                assertThrows(IllegalArgumentException.class, () -> Ids.uuid7(-1, new SplittableRandom(1))).getMessage());
        assertEquals("epochMillis must fit 48 bits but was " + (1L << 48),
                assertThrows(IllegalArgumentException.class, () -> Ids.uuid7(1L << 48, new SplittableRandom(1)))
                        .getMessage());
        assertEquals("random must not be null",
                assertThrows(NullPointerException.class, () -> Ids.uuid7(0, null)).getMessage());
    }

    @Test
    void refusesTheTimestampOfOtherVersions() {
        UUID random = UUID.fromString("0f8fad5b-d9cb-469f-a165-70867728950e");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.epochMillisOf(random));

        assertEquals("uuid must be version 7 but was version 4: " + random, e.getMessage());
    }

    @Test
    void parsesCanonicalUuidsInEitherCase() {
        UUID id = Ids.next();

        assertEquals(id, Ids.parse(id.toString(), "leadId"));
        assertEquals(id, Ids.parse(" " + id.toString().toUpperCase(java.util.Locale.ROOT) + " ", "leadId"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-a-uuid", "1-1-1-1-1", "0190a6f2-8c1e-7abc-8def-0123456789ab0",
            "0190a6f28c1e7abc8def0123456789ab", "{0190a6f2-8c1e-7abc-8def-0123456789ab}"})
    void parseRejectsGarbageNamingTheFieldAndValue(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Ids.parse(value, "leadId"));

        assertEquals("leadId must be a UUID like 0190a6f2-8c1e-7abc-8def-0123456789ab but was '" + value + "'",
                e.getMessage());
    }

    @Test
    void parseRejectsNullNamingTheField() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> Ids.parse(null, "leadId"));

        assertEquals("leadId must not be null", e.getMessage());
    }

    /** UUID order as databases and RFC 9562 see it: unsigned, most significant bits first. */
    private static int compareUnsigned(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }
}
