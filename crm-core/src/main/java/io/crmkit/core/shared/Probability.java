package io.crmkit.core.shared;

/** A probability in [0, 1]; NaN and infinities are rejected. */
public record Probability(double value) implements Comparable<Probability> {

    /** Certainly not. */
    public static final Probability ZERO = new Probability(0);
    /** Certainly. */
    public static final Probability ONE = new Probability(1);

    /** Validates the range. */
    public Probability {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1] but was " + value);
        }
        if (value == 0) {
            value = 0; // -0.0 and 0.0 are one probability
        }
    }

    /** A probability of {@code value} in [0, 1]. */
    public static Probability of(double value) {
        return new Probability(value);
    }

    /** {@code ofPercent(25)} is 0.25. */
    public static Probability ofPercent(double percent) {
        if (!(percent >= 0 && percent <= 100)) {
            throw new IllegalArgumentException("probability percent must be in [0,100] but was " + percent);
        }
        return new Probability(percent / 100);
    }

    /** One minus this probability. */
    public Probability complement() {
        return new Probability(1 - value);
    }

    /** This probability in percent, e.g. 25.0. */
    public double percent() {
        return value * 100;
    }

    @Override
    public int compareTo(Probability other) {
        return Double.compare(value, other.value);
    }

    /** {@code "25%"}, with up to two decimals. */
    @Override
    public String toString() {
        double p = Math.round(value * 10_000) / 100.0;
        return (p == Math.rint(p) ? String.valueOf((long) p) : String.valueOf(p)) + "%";
    }
}
