package io.crmkit.scoring.rules;

import java.time.Duration;

/**
 * How an event's points shrink with its age. {@link #halfLife} halves them every period (50% per month compounding:
 * 100, 50, 25, ...); {@link #linear} takes a fixed share of the original points per period until none are left
 * (50% per month: 100, 50, 0).
 */
public sealed interface Decay permits Decay.HalfLife, Decay.Linear {

    /** The share of the points left after {@code ageSeconds}, in [0, 1]. */
    double factor(long ageSeconds);

    /** Halves the points every {@code period}. */
    static Decay halfLife(Duration period) {
        return new HalfLife(period);
    }

    /** Removes {@code fractionPerPeriod} (0 to 1) of the original points every {@code period}, linearly. */
    static Decay linear(double fractionPerPeriod, Duration period) {
        return new Linear(fractionPerPeriod, period);
    }

    /** Exponential decay with a half-life. */
    record HalfLife(Duration period) implements Decay {
        /** Validates: a positive period. */
        public HalfLife {
            requirePositive(period);
        }

        @Override
        public double factor(long ageSeconds) {
            return ageSeconds <= 0 ? 1 : Math.pow(0.5, (double) ageSeconds / period.toSeconds());
        }
    }

    /** Linear decay to zero. */
    record Linear(double fractionPerPeriod, Duration period) implements Decay {
        /** Validates: a fraction in (0, 1] and a positive period. */
        public Linear {
            if (!(fractionPerPeriod > 0 && fractionPerPeriod <= 1)) {
                throw new IllegalArgumentException("decay fraction per period must be in (0, 1] but was " + fractionPerPeriod);
            }
            requirePositive(period);
        }

        @Override
        public double factor(long ageSeconds) {
            return ageSeconds <= 0 ? 1 : Math.max(0, 1 - fractionPerPeriod * ageSeconds / period.toSeconds());
        }
    }

    private static void requirePositive(Duration period) {
        if (period == null) {
            throw new NullPointerException("decay period must not be null");
        }
        if (period.toSeconds() <= 0) {
            throw new IllegalArgumentException("decay period must be at least one second but was " + period);
        }
    }
}
