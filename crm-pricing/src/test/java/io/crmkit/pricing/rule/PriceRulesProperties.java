package io.crmkit.pricing.rule;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

final class PriceRulesProperties {

    @Provide
    Arbitrary<List<PriceRule>> rules() {
        Arbitrary<PriceAction> actions = Arbitraries.oneOf(
                Arbitraries.integers().between(0, 100).map(p -> PriceAction.discount(Percentage.of(p))),
                Arbitraries.integers().between(50, 150).map(p -> PriceAction.percentOfList(Percentage.of(p))),
                Arbitraries.integers().between(0, 200).map(p -> PriceAction.markupOnCost(Percentage.of(p))),
                Arbitraries.longs().between(0, 500_000).map(c -> PriceAction.amountOff(Money.ofMinor(c, Money.currency("EUR")))),
                Arbitraries.longs().between(0, 800_000).map(c -> PriceAction.setPrice(Money.ofMinor(c, Money.currency("EUR")))));
        Arbitrary<Optional<Money>> bounds = Arbitraries.longs().between(0, 600_000).map(c -> Money.ofMinor(c, Money.currency("EUR"))).optional(0.3);
        return Combinators.combine(Arbitraries.integers().between(1, 4), actions, bounds, bounds)
                .as((priority, action, min, max) -> new PriceRule("r", "r", priority, List.of(), action, min, max))
                .list().ofMaxSize(8).map(list -> {
                    List<PriceRule> named = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        PriceRule r = list.get(i);
                        named.add(new PriceRule("rule-" + i, "rule " + i, r.priority(), r.conditions(), r.action(), r.minimum(), r.maximum()));
                    }
                    return named;
                });
    }

    private static LineFacts line(long quantity) {
        return new LineFacts(SERVER, Category.of("hardware"), ACME, Tier.GOLD, Set.of(), "EMEA", "direct", quantity,
                eur("4000.00"), eur("2400.00"), DAY);
    }

    @Property(tries = 300)
    void theOrderInWhichRulesAreAddedDoesNotMatter(@ForAll("rules") List<PriceRule> rules, @ForAll long seed,
                                                   @ForAll @LongRange(min = 1, max = 100) long quantity) {
        List<PriceRule> shuffled = new ArrayList<>(rules);
        Collections.shuffle(shuffled, new Random(seed));
        LineFacts line = line(quantity);
        Money start = line.listPrice().multipliedBy(quantity);
        assertEquals(new PriceRules("a", 1, rules, Optional.empty()).apply(start, line, RoundingMode.HALF_UP),
                new PriceRules("a", 1, shuffled, Optional.empty()).apply(start, line, RoundingMode.HALF_UP));
    }

    @Property(tries = 300)
    void aClampedRuleNeverLeavesItsMinimumAndStaysUnderItsMaximumUnlessTheMinimumIsHigher(@ForAll("rules") List<PriceRule> rules,
                                                                                        @ForAll @LongRange(min = 1, max = 100) long quantity) {
        LineFacts line = line(quantity);
        RuleOutcome outcome = new PriceRules("a", 1, rules, Optional.empty()).apply(line.listPrice().multipliedBy(quantity), line, RoundingMode.HALF_UP);
        for (AppliedRule a : outcome.applied()) {
            a.rule().minimum().ifPresent(min -> assertFalse(a.after().isLessThan(min.multipliedBy(quantity))));
            a.rule().maximum().ifPresent(max -> {
                boolean minimumWins = a.rule().minimum().map(min -> min.isGreaterThan(max)).orElse(false);
                if (!minimumWins) {
                    assertFalse(a.after().isGreaterThan(max.multipliedBy(quantity)));
                }
            });
        }
        if (!outcome.applied().isEmpty()) {
            assertEquals(outcome.amount(), outcome.applied().get(outcome.applied().size() - 1).after());
        }
    }
}
