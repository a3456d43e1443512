package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ProbabilityTest {

    @Test
    void acceptsTheClosedUnitInterval() {
        assertEquals(0.0, Probability.of(0).value());
        assertEquals(1.0, Probability.of(1).value());
        assertEquals(0.25, Probability.ofPercent(25).value());
    }

    @Test
    void treatsNegativeZeroAsZero() {
        assertEquals(Probability.ZERO, Probability.of(-0.0));
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.01, 1.0001, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void rejectsValuesOutsideTheUnitInterval(double value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Probability.of(value));

        assertEquals("probability must be in [0,1] but was " + value, e.getMessage());
    }

    @Test
    void rejectsPercentagesOutsideZeroToHundred() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Probability.ofPercent(101));

        assertEquals("probability percent must be in [0,100] but was 101.0", e.getMessage());
    }

    @Test
    void complementsAndConvertsToPercent() {
        assertEquals(0.75, Probability.of(0.25).complement().value());
        assertEquals(Probability.ONE, Probability.ZERO.complement());
        assertEquals(25.0, Probability.of(0.25).percent());
    }

    @Test
    void rendersAsAPercentWithAtMostTwoDecimals() {
        assertEquals("25%", Probability.of(0.25).toString());
        assertEquals("12.35%", Probability.of(0.12345).toString());
        assertEquals("0%", Probability.ZERO.toString());
    }

    @Test
    void ordersByValue() {
        assertTrue(Probability.of(0.2).compareTo(Probability.of(0.3)) < 0);
    }
}
