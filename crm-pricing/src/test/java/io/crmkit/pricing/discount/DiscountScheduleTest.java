package io.crmkit.pricing.discount;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.discount.DiscountSchedule.Method;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.util.List;
import java.util.OptionalLong;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Golden examples of the CPQ schedule semantics, worked out by hand in each test. */
final class DiscountScheduleTest {

    private static final Money TEN = eur("10.00");

    private static DiscountSchedule volume(Method method) {
        return DiscountSchedule.builder("volume", method)
                .tier(1, 10, TierDiscount.percent(0))
                .tier(10, 50, TierDiscount.percent(10))
                .tierFrom(50, TierDiscount.percent(20))
                .build();
    }

    private static Money price(DiscountSchedule s, long quantity, long prior) {
        return s.apply(TEN.multipliedBy(quantity), quantity, prior, 0, RoundingMode.HALF_UP).amount();
    }

    @Test
    void rangeGivesEveryUnitTheDiscountOfTheTierTheQuantityFallsIn() {
        // 60 units fall in [50, ...) at 20%: 60 x 8.00
        assertEquals(eur("480.00"), price(volume(Method.RANGE), 60, 0));
        // 9 units: [1, 10) at 0%
        assertEquals(eur("90.00"), price(volume(Method.RANGE), 9, 0));
        // 10 units: the lower bound is inclusive, 10 x 9.00
        assertEquals(eur("90.00"), price(volume(Method.RANGE), 10, 0));
        // 50 units: the upper bound of [10, 50) is exclusive, 50 x 8.00
        assertEquals(eur("400.00"), price(volume(Method.RANGE), 50, 0));
    }

    @Test
    void slabGivesEachUnitTheDiscountOfItsOwnTier() {
        // units 1-9 at 10.00 = 90.00; 10-49 (40 units) at 9.00 = 360.00; 50-60 (11 units) at 8.00 = 88.00
        ScheduleOutcome outcome = volume(Method.SLAB).apply(TEN.multipliedBy(60), 60, 0, 0, RoundingMode.HALF_UP);
        assertEquals(eur("538.00"), outcome.amount());
        assertEquals(List.of(9L, 40L, 11L), outcome.shares().stream().map(TierShare::units).toList());
        assertEquals("9 in [1, 10) 0% off, 40 in [10, 50) 10% off, 11 in [50, ...) 20% off", outcome.explain());
    }

    @Test
    void crossOrderAggregationCountsWhatWasBoughtBefore() {
        // 45 bought before, 10 now. Range: 55 is in [50, ...) -> 10 x 8.00
        DiscountSchedule range = DiscountSchedule.builder("v", Method.RANGE).tier(1, 10, TierDiscount.percent(0))
                .tier(10, 50, TierDiscount.percent(10)).tierFrom(50, TierDiscount.percent(20)).aggregateAcrossOrders().build();
        assertEquals(eur("80.00"), price(range, 10, 45));
        // Slab: units 46-49 at 9.00 = 36.00, 50-55 at 8.00 = 48.00
        DiscountSchedule slab = DiscountSchedule.builder("v", Method.SLAB).tier(1, 10, TierDiscount.percent(0))
                .tier(10, 50, TierDiscount.percent(10)).tierFrom(50, TierDiscount.percent(20)).aggregateAcrossOrders().build();
        assertEquals(eur("84.00"), price(slab, 10, 45));
        // without aggregation the prior quantity is ignored: 10 is in [10, 50) -> 10 x 9.00
        assertEquals(eur("90.00"), price(volume(Method.RANGE), 10, 45));
        assertEquals(55, range.apply(TEN.multipliedBy(10), 10, 45, 0, RoundingMode.HALF_UP).tierQuantity());
    }

    @Test
    void blockPricesAreFlatPerBand() {
        DiscountSchedule blocks = DiscountSchedule.builder("blocks", Method.BLOCK)
                .tier(1, 10, TierDiscount.block(eur("100.00")))
                .tier(10, 25, TierDiscount.block(eur("200.00")))
                .tier(25, 100, TierDiscount.block(eur("350.00")))
                .build();
        assertEquals(eur("100.00"), price(blocks, 1, 0));
        assertEquals(eur("100.00"), price(blocks, 9, 0));
        assertEquals(eur("200.00"), price(blocks, 12, 0));
        assertEquals(eur("350.00"), price(blocks, 99, 0));
        // above the top band: the unit price, 120 x 10.00
        assertEquals(eur("1200.00"), price(blocks, 120, 0));
    }

    @Test
    void amountTiersTakeAnAmountOffEachUnitNeverBelowZero() {
        DiscountSchedule off = DiscountSchedule.builder("off", Method.SLAB)
                .tier(1, 10, TierDiscount.amountOff(eur("0.00")))
                .tier(10, 20, TierDiscount.amountOff(eur("1.50")))
                .tierFrom(20, TierDiscount.amountOff(eur("12.00")))
                .build();
        // 9 x 10.00 + 1 x 8.50
        assertEquals(eur("98.50"), price(off, 10, 0));
        // 9 x 10.00 + 10 x 8.50 + 2 x 0.00 (12.00 off a 10.00 unit stops at zero)
        assertEquals(eur("175.00"), price(off, 21, 0));
    }

    @Test
    void roundsOnceForTheWholeLine() {
        DiscountSchedule s = DiscountSchedule.builder("s", Method.RANGE).tierFrom(1, TierDiscount.percent(15)).build();
        // 3 x 9.99 x 0.85 = 25.4745 -> 25.47 (per-unit rounding would give 3 x 8.49 = 25.47 here, 7 units shows the difference)
        assertEquals(eur("25.47"), s.apply(eur("29.97"), 3, 0, 0, RoundingMode.HALF_UP).amount());
        // 7 x 9.99 x 0.85 = 59.4405 -> 59.44; rounding each unit first would give 7 x 8.49 = 59.43
        assertEquals(eur("59.44"), s.apply(eur("69.93"), 7, 0, 0, RoundingMode.HALF_UP).amount());
    }

    @Test
    void aLineThatDoesNotSplitEvenlyIntoUnitsIsDiscountedExactly() {
        // 8579.99 for 2 units (4289.995 each) at 0%: unchanged; at 10%: 7721.991 -> 7721.99
        DiscountSchedule zero = DiscountSchedule.builder("z", Method.SLAB).tier(1, 10, TierDiscount.percent(0)).build();
        assertEquals(eur("8579.99"), zero.apply(eur("8579.99"), 2, 0, 0, RoundingMode.HALF_UP).amount());
        DiscountSchedule ten = DiscountSchedule.builder("t", Method.RANGE).tierFrom(1, TierDiscount.percent(10)).build();
        assertEquals(eur("7721.99"), ten.apply(eur("8579.99"), 2, 0, 0, RoundingMode.HALF_UP).amount());
        // 10.00 for 3 units with 5.00 off each: each unit is worth 3.333.., so every unit goes to zero
        DiscountSchedule off = DiscountSchedule.builder("o", Method.RANGE).tierFrom(1, TierDiscount.amountOff(eur("5.00"))).build();
        assertEquals(eur("0.00"), off.apply(eur("10.00"), 3, 0, 0, RoundingMode.HALF_UP).amount());
        // 10.00 for 3 units with 1.00 off each: 7.00
        DiscountSchedule one = DiscountSchedule.builder("o", Method.RANGE).tierFrom(1, TierDiscount.amountOff(eur("1.00"))).build();
        assertEquals(eur("7.00"), one.apply(eur("10.00"), 3, 0, 0, RoundingMode.HALF_UP).amount());
    }

    @Test
    void termSchedulesUseTheTermInMonths() {
        DiscountSchedule term = DiscountSchedule.termBuilder("term")
                .tier(0, 12, TierDiscount.percent(0))
                .tier(12, 36, TierDiscount.percent(5))
                .tierFrom(36, TierDiscount.percent(10))
                .build();
        assertEquals(eur("95.00"), term.apply(TEN.multipliedBy(10), 10, 0, 24, RoundingMode.HALF_UP).amount());
        assertEquals(eur("90.00"), term.apply(TEN.multipliedBy(10), 10, 0, 36, RoundingMode.HALF_UP).amount());
        assertEquals(eur("100.00"), term.apply(TEN.multipliedBy(10), 10, 0, 6, RoundingMode.HALF_UP).amount());
        InvalidConfigurationException e = fails(InvalidConfigurationException.class, () -> new DiscountSchedule("t", Method.SLAB,
                DiscountSchedule.Basis.TERM_MONTHS, List.of(new DiscountTier(0, OptionalLong.empty(), TierDiscount.percent(1))), true));
        assertEquals(List.of("method: a term schedule must use RANGE but was SLAB",
                "aggregatesAcrossOrders: a term schedule cannot aggregate across orders"), e.problems());
    }

    @Test
    void rejectsGapsOverlapsAndMisplacedOpenTiersReportingEveryProblem() {
        InvalidConfigurationException e = fails(InvalidConfigurationException.class, () -> DiscountSchedule.builder("bad", Method.RANGE)
                .tier(1, 10, TierDiscount.percent(0))
                .tier(12, 50, TierDiscount.percent(10))
                .tier(40, 60, TierDiscount.percent(15))
                .tierFrom(60, TierDiscount.percent(20))
                .tierFrom(100, TierDiscount.block(eur("1.00")))
                .build(), "discount schedule 'bad' is invalid");
        assertEquals(List.of(
                "tiers[1]: gap between [1, 10) and [12, 50) (quantities 10 to 11 are in no tier)",
                "tiers[2]: [40, 60) overlaps [12, 50)",
                "tiers[3]: only the last tier may be open but [60, ...) is followed by [100, ...)",
                "tiers[4]: a RANGE schedule cannot have a block price"), e.problems());
    }

    @Test
    void rejectsBadTiersAndMixedCurrencies() {
        rejects(() -> new DiscountTier(10, OptionalLong.of(10), TierDiscount.percent(1)), "[10, 10) is empty");
        rejects(() -> new DiscountTier(-1, OptionalLong.empty(), TierDiscount.percent(1)), "tier from must not be negative but was -1");
        rejects(() -> TierDiscount.percent(Percentage.of(120)), "[0, 100]", "120%");
        rejects(() -> TierDiscount.amountOff(eur("-1.00")), "-1.00 EUR");
        InvalidConfigurationException e = fails(InvalidConfigurationException.class, () -> DiscountSchedule.builder("m", Method.BLOCK)
                .tier(1, 10, TierDiscount.block(eur("1.00"))).tierFrom(10, TierDiscount.block(Money.of("2.00", "USD"))).build());
        assertEquals(List.of("tiers[1]: amounts must all be in EUR but this one is in USD"), e.problems());
        fails(InvalidConfigurationException.class, () -> DiscountSchedule.builder("empty", Method.SLAB).build(), "at least one tier");
        rejects(() -> volume(Method.SLAB).apply(TEN, 0, 0, 0, RoundingMode.HALF_UP), "quantity must be positive but was 0");
        rejects(() -> volume(Method.SLAB).apply(TEN, -3, 0, 0, RoundingMode.HALF_UP), "quantity must be positive but was -3");
    }
}
