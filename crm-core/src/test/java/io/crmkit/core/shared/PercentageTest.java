package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PercentageTest {

    @Test
    void parsesWithOrWithoutPercentSign() {
        assertEquals(new BigDecimal("12.5"), Percentage.of("12.5%").value());
        assertEquals(Percentage.of("12.5"), Percentage.of(" 12.5 % "));
        assertEquals("12.5%", Percentage.of("12.5").toString());
    }

    @Test
    void treatsEqualValuesOfDifferentScaleAsEqual() {
        assertEquals(Percentage.of(10), Percentage.of("10.000"));
        assertEquals(Percentage.ZERO, Percentage.of("0.00"));
        assertEquals(Percentage.HUNDRED, Percentage.of("100"));
    }

    @Test
    void convertsToAndFromFractions() {
        assertEquals(new BigDecimal("0.125"), Percentage.of("12.5").fraction());
        assertEquals(Percentage.of("12.5"), Percentage.ofFraction(new BigDecimal("0.125")));
    }

    @Test
    void computesTheRatioOfTwoAmounts() {
        assertEquals(Percentage.of("25"), Percentage.ratio(BigDecimal.ONE, new BigDecimal("4")));
        assertEquals(Percentage.of("33.333333"), Percentage.ratio(BigDecimal.ONE, new BigDecimal("3")));
        assertThrows(ArithmeticException.class, () -> Percentage.ratio(BigDecimal.ONE, BigDecimal.ZERO));
    }

    @Test
    void knowsWhetherItLiesBetweenZeroAndHundred() {
        assertTrue(Percentage.of(0).isBetweenZeroAndHundred());
        assertTrue(Percentage.of(100).isBetweenZeroAndHundred());
        assertFalse(Percentage.of("-0.5").isBetweenZeroAndHundred());
        assertFalse(Percentage.of("120").isBetweenZeroAndHundred());
    }

    @Test
    void ordersByValue() {
        assertTrue(Percentage.of(5).compareTo(Percentage.of("5.5")) < 0);
        assertEquals(0, Percentage.of(5).compareTo(Percentage.of("5.00")));
    }

    @Test
    void rejectsMoreThanSixDecimals() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.of("1.1234567"));

        assertEquals("percentage must have at most 6 decimals but was 1.1234567", e.getMessage());
    }

    @Test
    void rejectsValuesBeyondAMillionPercent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.of(1_000_001));

        assertEquals("percentage must be within +/-1000000 but was 1000001", e.getMessage());
    }

    @Test
    void rejectsTextThatIsNotANumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Percentage.of("ten %"));

        assertEquals("percentage must be a number such as 12.5 but was 'ten %'", e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertEquals("percentage must not be null",
                assertThrows(NullPointerException.class, () -> Percentage.of(null)).getMessage());
        assertEquals("percentage must not be null",
                assertThrows(NullPointerException.class, () -> new Percentage(null)).getMessage());
        assertEquals("fraction must not be null",
                assertThrows(NullPointerException.class, () -> Percentage.ofFraction(null)).getMessage());
    }
}
