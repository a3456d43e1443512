package io.crmkit.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A clock a test sets and advances by hand; thread-safe. Hand it to {@code CrmPorts} and every change is dated by it:
 * <pre>{@code
 * MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
 * clock.advance(Duration.ofDays(3));
 * }</pre>
 */
public final class MutableClock extends Clock {

    private final AtomicReference<Instant> now;
    private final ZoneId zone;

    private MutableClock(AtomicReference<Instant> now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A clock at {@code instant} in UTC. */
    public static MutableClock at(Instant instant) {
        return new MutableClock(new AtomicReference<>(Objects.requireNonNull(instant, "instant")), ZoneOffset.UTC);
    }

    /** A clock at an ISO-8601 instant such as {@code "2026-03-02T09:00:00Z"}, in UTC. */
    public static MutableClock at(String isoInstant) {
        return at(Instant.parse(Objects.requireNonNull(isoInstant, "isoInstant")));
    }

    /** Sets the time. */
    public void set(Instant instant) {
        now.set(Objects.requireNonNull(instant, "instant"));
    }

    /** Moves the time forward (or back, for a negative duration) and returns the new time. */
    public Instant advance(Duration duration) {
        Objects.requireNonNull(duration, "duration");
        return now.updateAndGet(i -> i.plus(duration));
    }

    @Override
    public Instant instant() {
        return now.get();
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view of the same settable time in another zone. */
    @Override
    public Clock withZone(ZoneId other) {
        return new MutableClock(now, Objects.requireNonNull(other, "zone"));
    }

    @Override
    public String toString() {
        return "MutableClock[" + now.get() + ", " + zone + "]";
    }
}
