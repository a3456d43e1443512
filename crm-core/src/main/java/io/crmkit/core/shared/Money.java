package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * An amount of money in one currency, always at the currency's scale (2 decimals for EUR, 0 for JPY, 3 for BHD).
 * Every operation that could create more decimals takes an explicit {@link RoundingMode}; splitting a total
 * ({@link #allocate(int)}, {@link #allocate(List)}) never loses or creates a minor unit. Operations on two amounts
 * of different currencies throw {@link CurrencyMismatchException}.
 *
 * <pre>{@code
 * Money total = Money.of("100.00", "EUR");
 * total.allocate(3);                                  // [33.34 EUR, 33.33 EUR, 33.33 EUR]
 * total.multipliedBy(new BigDecimal("0.175"), RoundingMode.HALF_EVEN); // 17.50 EUR
 * }</pre>
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /**
     * Creates money; {@code amount} may carry fewer decimals than the currency (they are padded) but not more.
     *
     * @throws IllegalArgumentException if the amount has more decimals than the currency allows, naming both
     */
    public Money {
        Require.nonNull(amount, "amount");
        Require.nonNull(currency, "currency");
        int scale = scaleOf(currency);
        if (amount.scale() != scale) {
            BigDecimal stripped = amount.stripTrailingZeros();
            if (stripped.scale() > scale) {
                throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more decimals than "
                        + currency.getCurrencyCode() + " allows (" + scale + "); round it with Money.of(amount, currency, roundingMode)");
            }
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        }
    }

    /** Money of an exact amount; see {@link #Money(BigDecimal, Currency)}. */
    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Money of an amount rounded to the currency's scale with {@code rounding}. */
    public static Money of(BigDecimal amount, Currency currency, RoundingMode rounding) {
        Require.nonNull(amount, "amount");
        Require.nonNull(rounding, "rounding");
        return new Money(amount.setScale(scaleOf(Require.nonNull(currency, "currency")), rounding), currency);
    }

    /** Parses {@code "1234.50", "EUR"}; names the bad amount or currency code. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    /** Zero in {@code currency}. */
    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /** Money from minor units (cents): {@code ofMinor(1050, EUR)} is 10.50 EUR. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        Require.nonNull(currency, "currency");
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /** The sum of {@code amounts}, all in {@code currency}; zero if there are none. */
    public static Money total(Currency currency, Iterable<Money> amounts) {
        Require.nonNull(amounts, "amounts");
        Money sum = zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    /** The ISO 4217 currency for {@code code}, naming the code if it is unknown or has no minor unit. */
    public static Currency currency(String code) {
        Require.nonNull(code, "currency");
        Currency currency;
        try {
            currency = Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR but was '" + code + "'", e);
        }
        scaleOf(currency);
        return currency;
    }

    /** The number of decimals of {@code currency}'s minor unit. */
    public static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException("currency " + currency.getCurrencyCode()
                    + " is not a money currency (it has no minor unit)");
        }
        return digits;
    }

    private static BigDecimal parseAmount(String amount) {
        Require.nonNull(amount, "amount");
        try {
            return new BigDecimal(amount.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("amount must be a decimal number such as 1234.50 but was '" + amount + "'", e);
        }
    }

    /** This plus {@code other}. */
    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    /** This minus {@code other}. */
    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency);
    }

    /** This times a whole number; exact. */
    public Money multipliedBy(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    /** This times {@code factor}, rounded to the currency's scale with {@code rounding}. */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Require.nonNull(factor, "factor");
        return of(amount.multiply(factor), currency, rounding);
    }

    /** {@code percentage} of this amount (10% of 5.55 EUR is 0.56 EUR with HALF_UP). */
    public Money percent(Percentage percentage, RoundingMode rounding) {
        Require.nonNull(percentage, "percentage");
        return multipliedBy(percentage.fraction(), rounding);
    }

    /** This divided by {@code divisor}, rounded with {@code rounding}. To split without losing cents use {@link #allocate}. */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Require.nonNull(divisor, "divisor");
        Require.nonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        return new Money(amount.divide(divisor, amount.scale(), rounding), currency);
    }

    /** The negation of this amount. */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /** The absolute value of this amount. */
    public Money abs() {
        return amount.signum() < 0 ? negated() : this;
    }

    /** True if the amount is zero. */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /** True if the amount is greater than zero. */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** True if the amount is less than zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** True if this is more than {@code other} (same currency). */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /** True if this is less than {@code other} (same currency). */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /** The amount in minor units (cents); exact. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * Splits this amount into {@code parts} amounts as equal as possible that add up to exactly this amount;
     * the first parts take the extra minor units: 100.00 over 3 is 33.34, 33.33, 33.33.
     */
    public List<Money> allocate(int parts) {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1 but was " + parts);
        }
        List<BigDecimal> ratios = new ArrayList<>(parts);
        for (int i = 0; i < parts; i++) {
            ratios.add(BigDecimal.ONE);
        }
        return allocate(ratios);
    }

    /**
     * Splits this amount in proportion to {@code ratios} (non-negative, not all zero) so that the parts add up to
     * exactly this amount. Each part is first rounded towards zero; the minor units left over go one each to the
     * parts with the largest remainders (ties to the earlier part), so the result is deterministic.
     */
    public List<Money> allocate(List<BigDecimal> ratios) {
        Require.listOf(ratios, "ratios");
        if (ratios.isEmpty()) {
            throw new IllegalArgumentException("ratios must not be empty");
        }
        int maxScale = 0;
        for (int i = 0; i < ratios.size(); i++) {
            BigDecimal r = ratios.get(i);
            if (r.signum() < 0) {
                throw new IllegalArgumentException("ratios[" + i + "] must not be negative but was " + r.toPlainString());
            }
            maxScale = Math.max(maxScale, r.scale());
        }
        BigInteger[] weights = new BigInteger[ratios.size()];
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = ratios.get(i).setScale(maxScale, RoundingMode.UNNECESSARY).unscaledValue();
            sum = sum.add(weights[i]);
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("ratios must not all be zero but were " + ratios);
        }
        BigInteger total = amount.unscaledValue();
        BigInteger magnitude = total.abs();
        BigInteger[] shares = new BigInteger[weights.length];
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger allocated = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = magnitude.multiply(weights[i]).divideAndRemainder(sum);
            shares[i] = qr[0];
            remainders[i] = qr[1];
            allocated = allocated.add(qr[0]);
        }
        int left = magnitude.subtract(allocated).intValueExact(); // < number of parts
        for (; left > 0; left--) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainders[i].signum() > 0 && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
                    best = i;
                }
            }
            shares[best] = shares[best].add(BigInteger.ONE);
            remainders[best] = BigInteger.ZERO;
        }
        List<Money> result = new ArrayList<>(shares.length);
        for (BigInteger share : shares) {
            BigInteger signed = total.signum() < 0 ? share.negate() : share;
            result.add(new Money(new BigDecimal(signed, amount.scale()), currency));
        }
        return List.copyOf(result);
    }

    /** Orders amounts of the same currency; throws {@link CurrencyMismatchException} otherwise. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    private void requireSameCurrency(Money other) {
        Require.nonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    /** {@code "1234.50 EUR"}. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
