package io.crmkit.core.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class MoneyProperties {

    private static final long MAX = 1_000_000_000_000L;

    @Property
    void plusIsCommutative(@ForAll("currencies") Currency currency,
                           @ForAll @LongRange(min = -MAX, max = MAX) long a,
                           @ForAll @LongRange(min = -MAX, max = MAX) long b) {
        Money x = Money.ofMinor(a, currency);
        Money y = Money.ofMinor(b, currency);

        assertEquals(x.plus(y), y.plus(x));
    }

    @Property
    void plusIsAssociative(@ForAll("currencies") Currency currency,
                           @ForAll @LongRange(min = -MAX, max = MAX) long a,
                           @ForAll @LongRange(min = -MAX, max = MAX) long b,
                           @ForAll @LongRange(min = -MAX, max = MAX) long c) {
        Money x = Money.ofMinor(a, currency);
        Money y = Money.ofMinor(b, currency);
        Money z = Money.ofMinor(c, currency);

        assertEquals(x.plus(y).plus(z), x.plus(y.plus(z)));
    }

    @Property
    void minusUndoesPlus(@ForAll("currencies") Currency currency,
                         @ForAll @LongRange(min = -MAX, max = MAX) long a,
                         @ForAll @LongRange(min = -MAX, max = MAX) long b) {
        Money x = Money.ofMinor(a, currency);
        Money y = Money.ofMinor(b, currency);

        assertEquals(x, x.plus(y).minus(y));
        assertEquals(Money.ofMinor(a + b, currency), x.plus(y));
    }

    @Property
    void equalAllocationSumsToTheTotalAndPartsDifferByAtMostOneMinorUnit(
            @ForAll("currencies") Currency currency,
            @ForAll @LongRange(min = -MAX, max = MAX) long minor,
            @ForAll @IntRange(min = 1, max = 60) int parts) {
        Money total = Money.ofMinor(minor, currency);

        List<Money> allocated = total.allocate(parts);

        assertEquals(parts, allocated.size());
        assertEquals(total, Money.total(currency, allocated));
        List<Long> units = new ArrayList<>();
        allocated.forEach(m -> units.add(m.minorUnits()));
        assertTrue(Collections.max(units) - Collections.min(units) <= 1, units::toString);
    }

    @Property
    void equalRatiosAllocateLikeEqualParts(@ForAll("currencies") Currency currency,
                                           @ForAll @LongRange(min = -MAX, max = MAX) long minor,
                                           @ForAll @IntRange(min = 1, max = 20) int parts,
                                           @ForAll("positiveRatios") BigDecimal ratio) {
        Money total = Money.ofMinor(minor, currency);

        assertEquals(total.allocate(parts), total.allocate(Collections.nCopies(parts, ratio)));
    }

    @Property
    void ratioAllocationSumsToTheTotalAndEachPartIsWithinOneMinorUnitOfItsShare(
            @ForAll("currencies") Currency currency,
            @ForAll @LongRange(min = -MAX, max = MAX) long minor,
            @ForAll("ratioLists") List<BigDecimal> ratios) {
        Money total = Money.ofMinor(minor, currency);

        List<Money> allocated = total.allocate(ratios);

        assertEquals(ratios.size(), allocated.size());
        assertEquals(total, Money.total(currency, allocated));
        BigDecimal sum = ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal oneMinorUnitTimesSum = sum.movePointLeft(Money.scaleOf(currency));
        for (int i = 0; i < ratios.size(); i++) {
            // |part - total * ratio / sum| < 1 minor unit, multiplied through by sum to stay exact
            BigDecimal error = allocated.get(i).amount().multiply(sum).subtract(total.amount().multiply(ratios.get(i)));
            assertTrue(error.abs().compareTo(oneMinorUnitTimesSum) < 0,
                    () -> "part " + allocated + " of " + total + " over " + ratios);
        }
    }

    @Property
    void partsHaveTheSignOfTheTotal(@ForAll("currencies") Currency currency,
                                    @ForAll @LongRange(min = -MAX, max = MAX) long minor,
                                    @ForAll("ratioLists") List<BigDecimal> ratios) {
        Money total = Money.ofMinor(minor, currency);

        for (Money part : total.allocate(ratios)) {
            assertTrue(part.isZero() || part.amount().signum() == total.amount().signum(), part::toString);
        }
    }

    @Property
    void operationsMixingCurrenciesAlwaysThrow(@ForAll("currencies") Currency first,
                                               @ForAll("currencies") Currency second,
                                               @ForAll @LongRange(min = -MAX, max = MAX) long a,
                                               @ForAll @LongRange(min = -MAX, max = MAX) long b) {
        Assume.that(!first.equals(second));
        Money x = Money.ofMinor(a, first);
        Money y = Money.ofMinor(b, second);

        List<Consumer<Money>> operations = List.of(x::plus, x::minus, x::compareTo, x::isGreaterThan, x::isLessThan,
                m -> Money.total(first, List.of(x, m)));
        for (Consumer<Money> operation : operations) {
            CurrencyMismatchException e = assertThrows(CurrencyMismatchException.class, () -> operation.accept(y));
            assertSame(first, e.expected());
            assertSame(second, e.actual());
        }
    }

    @Provide
    Arbitrary<Currency> currencies() {
        return Arbitraries.of("EUR", "USD", "JPY", "BHD", "CHF", "KRW", "KWD", "GBP").map(Currency::getInstance);
    }

    @Provide
    Arbitrary<BigDecimal> positiveRatios() {
        return Arbitraries.bigDecimals().between(new BigDecimal("0.001"), new BigDecimal("1000")).ofScale(3);
    }

    @Provide
    Arbitrary<List<BigDecimal>> ratioLists() {
        Arbitrary<BigDecimal> ratio = Combinators.combine(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("1000")).ofScale(4),
                Arbitraries.integers().between(0, 4),
                Arbitraries.of(true, false))
                .as((r, scale, strip) -> {
                    BigDecimal scaled = r.setScale(scale, RoundingMode.DOWN);
                    return strip ? scaled.stripTrailingZeros() : scaled; // 100 becomes 1E+2: a negative scale
                });
        return ratio.list().ofMinSize(1).ofMaxSize(12).filter(rs -> rs.stream().anyMatch(r -> r.signum() > 0));
    }
}
