package io.crmkit.pricing.waterfall;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRule;
import io.crmkit.pricing.rule.PriceRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.RACK;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.STARTER_KIT;
import static io.crmkit.pricing.PricingFixtures.SUPPORT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

final class WaterfallProperties {

    private static final List<ProductId> SOLD = List.of(SERVER, DISK, SEAT, SUPPORT, STARTER_KIT, RACK);

    /** A waterfall with discounts only (percent of list may raise a discounted price, so it is left out): percent and amount-off rules, schedules, manual, partner and distributor discounts. */
    record Case(PricingEngine engine, PricingRequest request) {
    }

    @Provide
    Arbitrary<Case> discountOnlyCases() {
        Arbitrary<PriceAction> actions = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100).map(p -> PriceAction.discount(Percentage.of(p))),
                Arbitraries.longs().between(0, 50_000).map(c -> PriceAction.amountOff(Money.ofMinor(c, Money.currency("EUR")))));
        Arbitrary<PriceRule> rules = Combinators.combine(Arbitraries.integers().between(1, 5), actions,
                        Arbitraries.of(Condition.accountTier(Tier.GOLD), Condition.category(Category.of("hardware")), Condition.quantityAtLeast(10)))
                .as((priority, action, condition) -> PriceRule.builder("r").priority(priority).when(condition).then(action).build());
        Arbitrary<List<PriceRule>> ruleLists = rules.list().ofMaxSize(5).map(list -> {
            List<PriceRule> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                PriceRule r = list.get(i);
                named.add(new PriceRule("r" + i, "rule " + i, r.priority(), r.conditions(), r.action(), Optional.empty(), Optional.empty()));
            }
            return named;
        });
        Arbitrary<ManualDiscount> manual = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100).map(p -> ManualDiscount.percent(Percentage.of(p))),
                Arbitraries.longs().between(0, 100_000).map(c -> ManualDiscount.amountPerUnit(Money.ofMinor(c, Money.currency("EUR")))));
        Arbitrary<LineRequest> lines = Combinators.combine(Arbitraries.of(SOLD), Arbitraries.longs().between(1, 2_000),
                        manual.optional(0.5), Arbitraries.of(true, false), Arbitraries.longs().between(0, 1000))
                .as((product, qty, discount, support, prior) -> {
                    LineRequest l = LineRequest.of("x", product, qty).withPriorQuantity(prior);
                    if (product.equals(STARTER_KIT) && support) {
                        l = l.withOptions(SUPPORT);
                    }
                    return discount.map(l::withDiscount).orElse(l);
                });
        Arbitrary<List<LineRequest>> lineLists = lines.list().ofMinSize(1).ofMaxSize(12).map(list -> {
            List<LineRequest> keyed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                LineRequest l = list.get(i);
                keyed.add(new LineRequest("line-" + i, l.product(), l.quantity(), l.options(), l.additionalDiscount(), l.priorQuantity(), 0, false));
            }
            return keyed;
        });
        Arbitrary<WaterfallOptions> options = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(true, false),
                        Arbitraries.of(RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.DOWN))
                .as((last, first, rounding) -> WaterfallOptions.ofDefaults().withAdditionalDiscountLast(last).withPartnerDiscountFirst(first)
                        .withRounding(rounding));
        return Combinators.combine(ruleLists, lineLists, options, Arbitraries.integers().between(0, 100), Arbitraries.integers().between(0, 100),
                Arbitraries.of(DiscountSchedule.Method.RANGE, DiscountSchedule.Method.SLAB)).as((ruleList, lineList, opts, partner, distributor, method) -> {
            DiscountSchedule volume = DiscountSchedule.builder("volume", method).tier(1, 10, TierDiscount.percent(0))
                    .tier(10, 100, TierDiscount.percent(7)).tierFrom(100, TierDiscount.amountOff(Money.of("1.25", "EUR"))).aggregateAcrossOrders().build();
            PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                    .rules(new PriceRules("p", 1, ruleList, Optional.empty()))
                    .schedule(Category.of("hardware"), volume).schedule(SEAT, volume)
                    .options(opts).build();
            Buyer buyer = PricingFixtures.acme().throughChannel(Percentage.of(partner), Percentage.of(distributor));
            return new Case(engine, new PricingRequest(buyer, Money.currency("EUR"), DAY, lineList));
        });
    }

    @Property(tries = 300)
    void withDiscountsOnlyEveryStepIsAtMostThePreviousAndNetAtMostList(@ForAll("discountOnlyCases") Case c) {
        for (LinePrice line : c.engine().price(c.request()).lines()) {
            Money previous = line.list();
            for (PriceStep step : line.steps()) {
                assertFalse(step.amount().isGreaterThan(previous), () -> "step " + step + " raised the price in " + line.steps());
                assertFalse(step.amount().isNegative());
                previous = step.amount();
            }
            assertFalse(line.net().isGreaterThan(line.list()));
        }
    }

    @Property(tries = 200)
    void pricingTwiceGivesIdenticalResults(@ForAll("discountOnlyCases") Case c) {
        assertEquals(c.engine().price(c.request()), c.engine().price(c.request()));
    }

    @Property(tries = 200)
    void totalsAreExactSumsOfTheLinesAndBundleSharesAddUpToTheirLine(@ForAll("discountOnlyCases") Case c) {
        PricedLines priced = c.engine().price(c.request());
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal list = BigDecimal.ZERO;
        for (LinePrice line : priced.lines()) {
            net = net.add(line.net().amount());
            list = list.add(line.list().amount());
            if (!line.components().isEmpty()) {
                assertEquals(line.net(), Money.total(line.net().currency(), line.components().stream().map(ComponentShare::amount).toList()));
            }
            assertEquals(2, line.net().amount().scale());
        }
        assertEquals(net, priced.netTotal().amount());
        assertEquals(list, priced.listTotal().amount());
        assertEquals(priced.netTotal().minus(priced.costTotal()), priced.margin());
    }
}
