package io.crmkit.testkit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class MutableClockTest {

    @Test
    void advancesAndSetsTimeSharedAcrossZones() {
        MutableClock clock = MutableClock.at("2026-03-02T23:30:00Z");
        var tokyo = clock.withZone(ZoneId.of("Asia/Tokyo"));

        clock.advance(Duration.ofHours(1));

        assertEquals(Instant.parse("2026-03-03T00:30:00Z"), clock.instant());
        assertEquals(LocalDate.of(2026, 3, 3), LocalDate.now(tokyo));
        clock.set(Instant.parse("2027-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), tokyo.instant());
    }
}
