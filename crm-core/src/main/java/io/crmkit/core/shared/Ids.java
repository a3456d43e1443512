package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.security.SecureRandom;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Time-ordered UUIDs (RFC 9562 version 7): 48 bits of Unix milliseconds, then a 12-bit counter that keeps ids
 * generated in the same millisecond in order, then 62 random bits. Ids made later sort later, so database
 * indexes stay local.
 */
public final class Ids {

    private static final RandomGenerator RANDOM = new SecureRandom();
    private static final Object LOCK = new Object();
    private static long lastMillis = -1;
    private static int counter;

    private Ids() {
    }

    /** A new version 7 UUID from the system clock; strictly increasing within this JVM. */
    public static UUID next() {
        long millis;
        int sequence;
        synchronized (LOCK) {
            long now = System.currentTimeMillis();
            if (now > lastMillis) {
                lastMillis = now;
                counter = RANDOM.nextInt(1 << 10); // leave headroom for the counter to grow
            } else if (++counter > 0xFFF) {
                lastMillis++; // counter exhausted: borrow the next millisecond, order is kept
                counter = 0;
            }
            millis = lastMillis;
            sequence = counter;
        }
        return uuid7(millis, sequence, RANDOM.nextLong());
    }

    /** A version 7 UUID for the given instant and randomness: deterministic, for tests and data loads. */
    public static UUID uuid7(long epochMillis, RandomGenerator random) {
        Require.nonNull(random, "random");
        return uuid7(epochMillis, random.nextInt(1 << 12), random.nextLong());
    }

    private static UUID uuid7(long epochMillis, int sequence, long randomBits) {
        if (epochMillis < 0 || epochMillis >= (1L << 48)) {
            throw new IllegalArgumentException("epochMillis must fit 48 bits but was " + epochMillis);
        }
        long msb = (epochMillis << 16) | (0x7L << 12) | (sequence & 0xFFF);
        long lsb = (randomBits & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(msb, lsb);
    }

    /** Parses a UUID, naming {@code field} and the value if it is not one. */
    public static UUID parse(String value, String field) {
        Require.nonNull(value, field);
        try {
            String trimmed = value.strip();
            UUID uuid = UUID.fromString(trimmed);
            if (!uuid.toString().equalsIgnoreCase(trimmed)) {
                throw new IllegalArgumentException("not canonical");
            }
            return uuid;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + " must be a UUID like 0190a6f2-8c1e-7abc-8def-0123456789ab but was '"
                    + value + "'", e);
        }
    }

    /** The Unix millisecond timestamp of a version 7 UUID. */
    public static long epochMillisOf(UUID uuid) {
        Require.nonNull(uuid, "uuid");
        if (uuid.version() != 7) {
            throw new IllegalArgumentException("uuid must be version 7 but was version " + uuid.version() + ": " + uuid);
        }
        return uuid.getMostSignificantBits() >>> 16;
    }
}
