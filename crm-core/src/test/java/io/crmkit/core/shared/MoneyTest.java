package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MoneyTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");
    private static final Currency BHD = Currency.getInstance("BHD");

    @Test
    void keepsEveryAmountAtItsCurrencyScale() {
        assertEquals(new BigDecimal("10.00"), Money.of("10", "EUR").amount());
        assertEquals(new BigDecimal("1050"), Money.of("1050", "JPY").amount());
        assertEquals(new BigDecimal("1.500"), Money.of("1.5", "BHD").amount());
        assertEquals(Money.of("10.00", "EUR"), Money.of(new BigDecimal("10.0000"), EUR));
        assertEquals("1.500 BHD", Money.of("1.5", "BHD").toString());
    }

    @Test
    void parsesCodesAndAmountsLeniently() {
        assertEquals(Money.of(new BigDecimal("12.30"), EUR), Money.of(" 12.3 ", " eur "));
    }

    @Test
    void rejectsMoreDecimalsThanTheCurrencyAllows() {
        IllegalArgumentException eur = assertThrows(IllegalArgumentException.class, () -> Money.of("1.005", "EUR"));
        IllegalArgumentException jpy = assertThrows(IllegalArgumentException.class, () -> Money.of("1.5", "JPY"));
        IllegalArgumentException bhd = assertThrows(IllegalArgumentException.class, () -> Money.of("0.0001", "BHD"));

        assertTrue(eur.getMessage().startsWith("amount 1.005 has more decimals than EUR allows (2)"), eur.getMessage());
        assertTrue(jpy.getMessage().startsWith("amount 1.5 has more decimals than JPY allows (0)"), jpy.getMessage());
        assertTrue(bhd.getMessage().startsWith("amount 0.0001 has more decimals than BHD allows (3)"), bhd.getMessage());
    }

    @Test
    void roundsOnlyWhenARoundingModeIsNamed() {
        assertEquals(Money.of("1.01", "EUR"), Money.of(new BigDecimal("1.005"), EUR, RoundingMode.HALF_UP));
        assertEquals(Money.of("1.00", "EUR"), Money.of(new BigDecimal("1.005"), EUR, RoundingMode.HALF_EVEN));
        assertEquals(Money.of("2", "JPY"), Money.of(new BigDecimal("1.5"), JPY, RoundingMode.HALF_EVEN));
        assertEquals(Money.of("0.123", "BHD"), Money.of(new BigDecimal("0.1239"), BHD, RoundingMode.DOWN));
    }

    @Test
    void rejectsUnknownCurrencies() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("10", "EURO"));

        assertEquals("currency must be an ISO 4217 code such as EUR but was 'EURO'", e.getMessage());
    }

    @Test
    void rejectsCurrenciesWithoutMinorUnit() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("10", "XXX"));

        assertEquals("currency XXX is not a money currency (it has no minor unit)", e.getMessage());
    }

    @Test
    void rejectsAmountsThatAreNotNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Money.of("12,50", "EUR"));

        assertEquals("amount must be a decimal number such as 1234.50 but was '12,50'", e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertEquals("amount must not be null",
                assertThrows(NullPointerException.class, () -> Money.of((BigDecimal) null, EUR)).getMessage());
        assertEquals("currency must not be null",
                assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, null)).getMessage());
        assertEquals("amount must not be null",
                assertThrows(NullPointerException.class, () -> Money.of(null, "EUR")).getMessage());
        assertEquals("currency must not be null",
                assertThrows(NullPointerException.class, () -> Money.of("1", null)).getMessage());
        assertEquals("rounding must not be null",
                assertThrows(NullPointerException.class, () -> Money.of(BigDecimal.ONE, EUR, null)).getMessage());
        assertEquals("other must not be null",
                assertThrows(NullPointerException.class, () -> Money.zero(EUR).plus(null)).getMessage());
    }

    @Test
    void addsAndSubtracts() {
        Money a = Money.of("10.50", "EUR");
        Money b = Money.of("0.75", "EUR");

        assertEquals(Money.of("11.25", "EUR"), a.plus(b));
        assertEquals(Money.of("9.75", "EUR"), a.minus(b));
        assertEquals(Money.of("-9.75", "EUR"), b.minus(a));
        assertEquals(Money.of("-10.50", "EUR"), a.negated());
        assertEquals(a, a.negated().abs());
    }

    @Test
    void multipliesExactlyByWholeNumbersAndWithRoundingOtherwise() {
        Money price = Money.of("19.99", "EUR");

        assertEquals(Money.of("59.97", "EUR"), price.multipliedBy(3));
        assertEquals(Money.of("17.50", "EUR"), Money.of("100", "EUR").multipliedBy(new BigDecimal("0.175"), RoundingMode.HALF_EVEN));
        assertEquals(Money.of("3.50", "EUR"), price.multipliedBy(new BigDecimal("0.175"), RoundingMode.HALF_EVEN)); // 3.49825
        assertEquals(Money.of("3.49", "EUR"), price.multipliedBy(new BigDecimal("0.175"), RoundingMode.DOWN));
    }

    @Test
    void takesPercentagesWithTheNamedRounding() {
        Money amount = Money.of("5.55", "EUR");

        assertEquals(Money.of("0.56", "EUR"), amount.percent(Percentage.of(10), RoundingMode.HALF_UP));
        assertEquals(Money.of("0.55", "EUR"), amount.percent(Percentage.of(10), RoundingMode.HALF_DOWN));
        assertEquals(Money.of("1.111", "BHD"), Money.of("11.111", "BHD").percent(Percentage.of(10), RoundingMode.HALF_UP));
    }

    @Test
    void dividesWithTheNamedRounding() {
        assertEquals(Money.of("3.33", "EUR"), Money.of("10", "EUR").dividedBy(BigDecimal.valueOf(3), RoundingMode.HALF_UP));
        assertEquals(Money.of("3.34", "EUR"), Money.of("10", "EUR").dividedBy(BigDecimal.valueOf(3), RoundingMode.UP));
        assertEquals(Money.of("333", "JPY"), Money.of("1000", "JPY").dividedBy(BigDecimal.valueOf(3), RoundingMode.HALF_UP));
        assertThrows(ArithmeticException.class, () -> Money.of("10", "EUR").dividedBy(BigDecimal.ZERO, RoundingMode.HALF_UP));
    }

    @Test
    void convertsToAndFromMinorUnits() {
        assertEquals(Money.of("10.50", "EUR"), Money.ofMinor(1050, EUR));
        assertEquals(Money.of("1050", "JPY"), Money.ofMinor(1050, JPY));
        assertEquals(Money.of("1.050", "BHD"), Money.ofMinor(1050, BHD));
        assertEquals(1050, Money.of("10.50", "EUR").minorUnits());
        assertEquals(-1, Money.of("-0.001", "BHD").minorUnits());
    }

    @Test
    void comparesAmountsOfOneCurrency() {
        Money ten = Money.of("10", "EUR");
        Money eleven = Money.of("11", "EUR");

        assertTrue(eleven.isGreaterThan(ten));
        assertTrue(ten.isLessThan(eleven));
        assertFalse(ten.isGreaterThan(ten));
        assertTrue(Money.zero(EUR).isZero());
        assertTrue(ten.isPositive());
        assertTrue(ten.negated().isNegative());
    }

    @Test
    void totalsAListAndIsZeroForNone() {
        assertEquals(Money.of("6.00", "EUR"),
                Money.total(EUR, List.of(Money.of("1", "EUR"), Money.of("2", "EUR"), Money.of("3", "EUR"))));
        assertEquals(Money.zero(USD), Money.total(USD, List.of()));
    }

    @Test
    void allocatesATotalOverEqualPartsWithoutLosingACent() {
        List<Money> parts = Money.of("100.00", "EUR").allocate(3);

        assertEquals(List.of(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR")), parts);
    }

    @Test
    void allocatesInWholeYenAndInFilsOfBahrain() {
        assertEquals(List.of(Money.of("34", "JPY"), Money.of("33", "JPY"), Money.of("33", "JPY")),
                Money.of("100", "JPY").allocate(3));
        assertEquals(List.of(Money.of("0.334", "BHD"), Money.of("0.333", "BHD"), Money.of("0.333", "BHD")),
                Money.of("1", "BHD").allocate(3));
    }

    @Test
    void allocatesNegativeAmountsSymmetrically() {
        List<Money> parts = Money.of("-100.00", "EUR").allocate(3);

        assertEquals(List.of(Money.of("-33.34", "EUR"), Money.of("-33.33", "EUR"), Money.of("-33.33", "EUR")), parts);
    }

    @Test
    void allocatesByRatiosGivingLeftoverCentsToLargestRemainders() {
        List<Money> parts = Money.of("0.05", "EUR").allocate(List.of(new BigDecimal("3"), new BigDecimal("7")));

        assertEquals(List.of(Money.of("0.02", "EUR"), Money.of("0.03", "EUR")), parts);
    }

    @Test
    void allocatesByRatiosOfDifferentScales() {
        List<Money> parts = Money.of("10.00", "EUR")
                .allocate(List.of(new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("1E-1"), BigDecimal.ZERO));

        // weights 50:25:10:0 of 1000 cents: 588 r20, 294 r10, 117 r55, 0 -> the leftover cent goes to the third
        assertEquals(List.of(Money.of("5.88", "EUR"), Money.of("2.94", "EUR"), Money.of("1.18", "EUR"),
                Money.zero(EUR)), parts);
    }

    @Test
    void rejectsBadAllocations() {
        Money m = Money.of("1", "EUR");

        assertEquals("parts must be at least 1 but was 0",
                assertThrows(IllegalArgumentException.class, () -> m.allocate(0)).getMessage());
        assertEquals("ratios must not be empty",
                assertThrows(IllegalArgumentException.class, () -> m.allocate(List.of())).getMessage());
        assertEquals("ratios[1] must not be negative but was -1",
                assertThrows(IllegalArgumentException.class,
                        () -> m.allocate(List.of(BigDecimal.ONE, BigDecimal.ONE.negate()))).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> m.allocate(List.of(BigDecimal.ZERO, BigDecimal.ZERO))).getMessage().startsWith("ratios must not all be zero"));
    }

    @Test
    void refusesToMixCurrenciesNamingBoth() {
        Money eur = Money.of("1", "EUR");
        Money usd = Money.of("1", "USD");

        CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> eur.plus(usd));

        assertSame(EUR, e.expected());
        assertSame(USD, e.actual());
        assertEquals("currency mismatch: expected EUR but was USD", e.getMessage());
        assertThrows(CurrencyMismatchException.class, () -> eur.minus(usd));
        assertThrows(CurrencyMismatchException.class, () -> eur.compareTo(usd));
        assertThrows(CurrencyMismatchException.class, () -> Money.total(EUR, List.of(usd)));
    }
}
