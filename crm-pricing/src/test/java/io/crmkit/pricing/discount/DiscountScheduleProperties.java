package io.crmkit.pricing.discount;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.discount.DiscountSchedule.Method;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class DiscountScheduleProperties {

    /** Contiguous tiers from 1 with growing percentages; the top tier open or closed. */
    @Provide
    Arbitrary<List<DiscountTier>> growingTiers() {
        return Combinators.combine(
                Arbitraries.longs().between(1, 40).list().ofMinSize(1).ofMaxSize(6),
                Arbitraries.integers().between(0, 15).list().ofSize(6),
                Arbitraries.of(true, false)
        ).as((widths, steps, open) -> {
            List<DiscountTier> tiers = new ArrayList<>();
            long from = 1;
            int percent = 0;
            for (int i = 0; i < widths.size(); i++) {
                percent = Math.min(100, percent + steps.get(i));
                boolean last = i == widths.size() - 1;
                OptionalLong until = last && open ? OptionalLong.empty() : OptionalLong.of(from + widths.get(i));
                tiers.add(new DiscountTier(from, until, TierDiscount.percent(percent)));
                from += widths.get(i);
            }
            return tiers;
        });
    }

    @Provide
    Arbitrary<Money> unitPrices() {
        return Arbitraries.longs().between(1, 1_000_000).map(c -> Money.ofMinor(c, Money.currency("EUR")));
    }

    @Property
    void slabTiersPartitionTheQuantity(@ForAll("growingTiers") List<DiscountTier> tiers, @ForAll @LongRange(min = 1, max = 500) long quantity,
                                       @ForAll @LongRange(min = 0, max = 200) long prior, @ForAll("unitPrices") Money unit) {
        DiscountSchedule slab = new DiscountSchedule("s", Method.SLAB, DiscountSchedule.Basis.QUANTITY, tiers, true);
        ScheduleOutcome o = slab.apply(unit.multipliedBy(quantity), quantity, prior, 0, RoundingMode.HALF_UP);
        long covered = 0;
        long next = prior + 1;
        for (TierShare s : o.shares()) {
            assertTrue(s.units() > 0);
            // the shares are consecutive runs of units inside their tier
            assertTrue(s.tier().contains(next), "unit " + next + " starts " + s.tier().bounds());
            assertTrue(s.tier().contains(next + s.units() - 1));
            next += s.units();
            covered += s.units();
        }
        long coverable = tiers.get(tiers.size() - 1).until().isEmpty() ? quantity
                : Math.max(0, Math.min(prior + quantity, tiers.get(tiers.size() - 1).until().getAsLong() - 1) - prior);
        assertEquals(coverable, covered);
    }

    @Property
    void withGrowingDiscountsSlabCostsAtLeastRangeAndNeitherMoreThanList(@ForAll("growingTiers") List<DiscountTier> tiers,
                                                                      @ForAll @LongRange(min = 1, max = 500) long quantity,
                                                                      @ForAll("unitPrices") Money unit) {
        List<DiscountTier> open = new ArrayList<>(tiers);
        DiscountTier top = open.remove(open.size() - 1);
        open.add(new DiscountTier(top.from(), OptionalLong.empty(), top.discount()));
        DiscountSchedule slab = new DiscountSchedule("s", Method.SLAB, DiscountSchedule.Basis.QUANTITY, open, false);
        DiscountSchedule range = new DiscountSchedule("r", Method.RANGE, DiscountSchedule.Basis.QUANTITY, open, false);
        Money slabTotal = slab.apply(unit.multipliedBy(quantity), quantity, 0, 0, RoundingMode.HALF_UP).amount();
        Money rangeTotal = range.apply(unit.multipliedBy(quantity), quantity, 0, 0, RoundingMode.HALF_UP).amount();
        Money list = unit.multipliedBy(quantity);
        assertTrue(!slabTotal.isLessThan(rangeTotal), slabTotal + " < " + rangeTotal);
        assertTrue(!slabTotal.isGreaterThan(list) && !rangeTotal.isGreaterThan(list));
        assertTrue(!rangeTotal.isNegative());
    }

    @Property
    void rangeOfOneTierEqualsSlabOfOneTier(@ForAll @LongRange(min = 0, max = 100) long percent, @ForAll @LongRange(min = 1, max = 999) long quantity,
                                           @ForAll("unitPrices") Money unit) {
        List<DiscountTier> one = List.of(new DiscountTier(1, OptionalLong.empty(), TierDiscount.percent(Percentage.of(percent))));
        DiscountSchedule slab = new DiscountSchedule("s", Method.SLAB, DiscountSchedule.Basis.QUANTITY, one, false);
        DiscountSchedule range = new DiscountSchedule("r", Method.RANGE, DiscountSchedule.Basis.QUANTITY, one, false);
        assertEquals(range.apply(unit.multipliedBy(quantity), quantity, 0, 0, RoundingMode.HALF_EVEN),
                slab.apply(unit.multipliedBy(quantity), quantity, 0, 0, RoundingMode.HALF_EVEN));
    }
}
