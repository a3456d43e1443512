package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A percentage such as 12.5% (stored as {@code 12.5}); may be negative or above 100 (a markup), but never has
 * more than 6 decimals. Use {@link #fraction()} to multiply.
 */
public record Percentage(BigDecimal value) implements Comparable<Percentage> {

    /** Zero percent. */
    public static final Percentage ZERO = new Percentage(BigDecimal.ZERO);
    /** One hundred percent. */
    public static final Percentage HUNDRED = new Percentage(BigDecimal.valueOf(100));

    /** Validates and normalises (trailing zeros stripped, so 10 and 10.00 are equal). */
    public Percentage {
        Require.nonNull(value, "percentage");
        if (value.stripTrailingZeros().scale() > 6) {
            throw new IllegalArgumentException("percentage must have at most 6 decimals but was " + value.toPlainString());
        }
        if (value.abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
            throw new IllegalArgumentException("percentage must be within +/-1000000 but was " + value.toPlainString());
        }
        value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
    }

    /** {@code of("12.5")} is 12.5%; a trailing {@code %} is accepted. */
    public static Percentage of(String value) {
        Require.nonNull(value, "percentage");
        String s = value.strip();
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        try {
            return new Percentage(new BigDecimal(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("percentage must be a number such as 12.5 but was '" + value + "'", e);
        }
    }

    /** {@code of(15)} is 15%. */
    public static Percentage of(long percent) {
        return new Percentage(BigDecimal.valueOf(percent));
    }

    /** {@code ofFraction(0.125)} is 12.5%. */
    public static Percentage ofFraction(BigDecimal fraction) {
        Require.nonNull(fraction, "fraction");
        return new Percentage(fraction.movePointRight(2));
    }

    /** This percentage as a fraction: 12.5% is 0.125. */
    public BigDecimal fraction() {
        return value.movePointLeft(2);
    }

    /** True if this percentage lies in [0, 100]. */
    public boolean isBetweenZeroAndHundred() {
        return value.signum() >= 0 && value.compareTo(HUNDRED.value) <= 0;
    }

    /** {@code part} as a percentage of {@code whole}, to 6 significant decimals. */
    public static Percentage ratio(BigDecimal part, BigDecimal whole) {
        Require.nonNull(part, "part");
        Require.nonNull(whole, "whole");
        if (whole.signum() == 0) {
            throw new ArithmeticException("cannot take a percentage of zero (part " + part.toPlainString() + ")");
        }
        return new Percentage(part.multiply(BigDecimal.valueOf(100)).divide(whole, MathContext.DECIMAL64)
                .setScale(6, java.math.RoundingMode.HALF_EVEN));
    }

    @Override
    public int compareTo(Percentage other) {
        return value.compareTo(other.value);
    }

    /** {@code "12.5%"}. */
    @Override
    public String toString() {
        return value.toPlainString() + "%";
    }
}
