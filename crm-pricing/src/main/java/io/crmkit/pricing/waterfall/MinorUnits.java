package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Percentage;

import java.math.RoundingMode;

/**
 * Exact arithmetic on amounts in minor units ({@code long} cents) for the waterfall's fast path. A percentage is held
 * as a fraction over {@link #ONE}: it has at most 6 decimals, so {@code p%} is exactly {@code p * 10^6 / 10^8}.
 * Every product uses {@link Math#multiplyExact}, so an amount that would not fit throws {@link ArithmeticException}
 * and the caller prices the line in {@code BigDecimal} instead; every division rounds once, as {@code BigDecimal}
 * would with the same {@link RoundingMode}.
 */
final class MinorUnits {

    /** The denominator of every fraction: 100% is {@code ONE}. */
    static final long ONE = 100_000_000L;

    private MinorUnits() {
    }

    /** {@code percentage} as a fraction over {@link #ONE}: 12.5% is 12,500,000. */
    static long fraction(Percentage percentage) {
        return percentage.value().movePointRight(6).longValueExact();
    }

    /** {@code amount * numerator / ONE}, rounded once with {@code mode}. */
    static long times(long amount, long numerator, RoundingMode mode) {
        return divide(Math.multiplyExact(amount, numerator), ONE, mode);
    }

    /**
     * {@code Percentage.ratio(part, whole).toString()} for two amounts in the same minor units, or {@code null} where
     * only {@code BigDecimal} can tell: the ratio is rounded to 16 significant digits and then to 6 decimals, and the
     * two roundings differ from one only when the quotient lies within 10^-9 of a tie at 6 decimals, which is left to
     * {@code BigDecimal}, as is a part too large to multiply by 10^8. Only for {@code whole != 0} and
     * {@code |part| x 100 <= 10^6 x |whole|}, so the first rounding keeps at least 9 decimals.
     */
    static String ratioText(long part, long whole) {
        if (part == Long.MIN_VALUE || Math.abs(part) > Long.MAX_VALUE / ONE || whole == Long.MIN_VALUE) {
            return null;
        }
        if (whole < 0) {
            part = Math.negateExact(part);
            whole = Math.negateExact(whole);
        }
        long numerator = Math.multiplyExact(part, ONE); // part x 100 in millionths of a percent
        long rest = Math.abs(numerator % whole);
        if (rest != 0 && Math.multiplyExact(Math.abs(Math.subtractExact(Math.multiplyExact(2, rest), whole)), 1000) <= whole) {
            return null;
        }
        return percentText(divide(numerator, whole, RoundingMode.HALF_EVEN));
    }

    /** A percentage given in millionths written as {@link Percentage#toString()} writes it: {@code 12.5%}, {@code 20%}. */
    static String percentText(long millionths) {
        if (millionths == 0) {
            return "0%";
        }
        StringBuilder sb = new StringBuilder(20);
        if (millionths < 0) {
            sb.append('-');
        }
        long abs = Math.abs(millionths);
        sb.append(abs / 1_000_000);
        long decimals = abs % 1_000_000;
        if (decimals != 0) {
            String digits = Long.toString(decimals + 1_000_000);
            int end = digits.length();
            while (digits.charAt(end - 1) == '0') {
                end--;
            }
            sb.append('.').append(digits, 1, end);
        }
        return sb.append('%').toString();
    }

    /**
     * {@code numerator / denominator} rounded to a whole number with {@code mode}, as
     * {@code BigDecimal.divide(denominator, 0, mode)} would.
     *
     * @param denominator positive
     * @throws ArithmeticException for {@link RoundingMode#UNNECESSARY} when the quotient is not whole
     */
    static long divide(long numerator, long denominator, RoundingMode mode) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive but was " + denominator);
        }
        long q = numerator / denominator;
        long r = numerator % denominator;
        if (r == 0) {
            return q;
        }
        long sign = numerator < 0 ? -1 : 1;
        long rest = Math.abs(r);
        boolean away;
        switch (mode) {
            case UP -> away = true;
            case DOWN -> away = false;
            case CEILING -> away = sign > 0;
            case FLOOR -> away = sign < 0;
            case HALF_UP, HALF_DOWN, HALF_EVEN -> {
                int half = Long.compare(rest, denominator - rest);
                away = half > 0 || half == 0 && (mode == RoundingMode.HALF_UP || mode == RoundingMode.HALF_EVEN && (q & 1) != 0);
            }
            default -> throw new ArithmeticException("Rounding necessary");
        }
        return away ? q + sign : q;
    }
}
