package io.crmkit.pricing.rule;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import org.junit.jupiter.api.Test;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.GLOBEX;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PriceRulesTest {

    /** 10 servers at 4000.00 list, 2400.00 cost, for Acme (gold, education) in EMEA through a partner. */
    private static LineFacts servers(long quantity) {
        return new LineFacts(SERVER, Category.of("hardware/servers"), ACME, Tier.GOLD, Set.of("education"), "EMEA", "partner",
                quantity, eur("4000.00"), eur("2400.00"), DAY);
    }

    private static RuleOutcome run(PriceRules rules, LineFacts line) {
        return rules.apply(line.listPrice().multipliedBy(line.quantity()), line, RoundingMode.HALF_UP);
    }

    @Test
    void everyConditionLooksAtItsOwnFact() {
        LineFacts line = servers(10);
        assertTrue(Condition.product(SERVER, DISK).matches(line));
        assertFalse(Condition.product(DISK).matches(line));
        assertTrue(Condition.category(Category.of("hardware")).matches(line));
        assertFalse(Condition.category(Category.of("software")).matches(line));
        assertTrue(Condition.account(ACME).matches(line));
        assertFalse(Condition.account(GLOBEX).matches(line));
        assertTrue(Condition.accountTier(Tier.GOLD, Tier.PLATINUM).matches(line));
        assertFalse(Condition.accountTier(Tier.SILVER).matches(line));
        assertTrue(Condition.accountGroup("education", "public-sector").matches(line));
        assertFalse(Condition.accountGroup("public-sector").matches(line));
        assertTrue(Condition.region("EMEA").matches(line));
        assertFalse(Condition.region("APAC").matches(line));
        assertTrue(Condition.channel("partner").matches(line));
        assertFalse(Condition.channel("direct").matches(line));
        assertTrue(Condition.quantity(10, 50).matches(line));
        assertFalse(Condition.quantity(1, 10).matches(line));
        assertTrue(Condition.quantityAtLeast(10).matches(line));
        assertTrue(Condition.listPrice(eur("4000.00"), eur("4000.01")).matches(line));
        assertFalse(Condition.listPriceAtLeast(eur("4000.01")).matches(line));
        assertFalse(Condition.listPriceAtLeast(Money.of("1.00", "USD")).matches(line), "another currency never matches");
        assertTrue(Condition.currency(Money.currency("EUR")).matches(line));
        assertFalse(Condition.currency(Money.currency("USD")).matches(line));
        assertTrue(Condition.date(DAY, DAY.plusDays(1)).matches(line));
        assertFalse(Condition.dateFrom(DAY.plusDays(1)).matches(line));
        rejects(() -> Condition.quantity(10, 10), "quantity range [10, 10) is empty");
        rejects(Condition::region, "regions must not be empty");
        rejects(() -> Condition.date(DAY, DAY), "date range [2026-03-02, 2026-03-02) is empty");
    }

    @Test
    void actionsComputeOnTheWholeLine() {
        LineFacts line = servers(3);
        Money current = eur("11000.00");
        assertEquals(eur("10200.00"), PriceAction.percentOfList(Percentage.of(85)).apply(current, line, RoundingMode.HALF_UP));
        assertEquals(eur("9350.00"), PriceAction.discount(Percentage.of(15)).apply(current, line, RoundingMode.HALF_UP));
        // 3 x 2400.00 x 1.375
        assertEquals(eur("9900.00"), PriceAction.markupOnCost(Percentage.of("37.5")).apply(current, line, RoundingMode.HALF_UP));
        assertEquals(eur("10700.00"), PriceAction.amountOff(eur("100.00")).apply(current, line, RoundingMode.HALF_UP));
        assertEquals(eur("0.00"), PriceAction.amountOff(eur("5000.00")).apply(current, line, RoundingMode.HALF_UP));
        assertEquals(eur("10500.00"), PriceAction.setPrice(eur("3500.00")).apply(current, line, RoundingMode.HALF_UP));
        rejects(() -> PriceAction.discount(Percentage.of(101)), "discount must be in [0, 100] but was 101%");
        rejects(() -> PriceAction.amountOff(eur("-1.00")), "-1.00 EUR");
    }

    @Test
    void rulesRunByPriorityAndAFlatRuleStopsLaterRules() {
        PriceRules rules = PriceRules.builder("r", 1)
                .rule("later", r -> r.priority(50).then(PriceAction.discount(Percentage.of(10))))
                .rule("first", r -> r.priority(10).when(Condition.region("EMEA")).then(PriceAction.percentOfList(Percentage.of(90))))
                .rule("not-mine", r -> r.priority(20).when(Condition.region("APAC")).then(PriceAction.discount(Percentage.of(50))))
                .build();
        // 40000.00 -> 36000.00 (90% of list) -> 32400.00 (10% off)
        RuleOutcome outcome = run(rules, servers(10));
        assertEquals(eur("32400.00"), outcome.amount());
        assertEquals(List.of("first", "later"), outcome.applied().stream().map(a -> a.rule().id()).toList());

        PriceRules flat = PriceRules.builder("r", 2)
                .rule("later", r -> r.priority(50).then(PriceAction.discount(Percentage.of(10))))
                .rule("special", r -> r.priority(5).when(Condition.account(ACME)).then(PriceAction.setPrice(eur("3000.00"))))
                .build();
        RuleOutcome special = run(flat, servers(10));
        assertEquals(eur("30000.00"), special.amount());
        assertEquals(List.of("special"), special.applied().stream().map(a -> a.rule().id()).toList());
    }

    @Test
    void equalPrioritiesRunInIdOrderWhateverTheOrderTheyWereAdded() {
        PriceRule a = PriceRule.builder("a").then(PriceAction.amountOff(eur("100.00"))).build();
        PriceRule b = PriceRule.builder("b").then(PriceAction.discount(Percentage.of(10))).build();
        PriceRules ab = PriceRules.builder("r", 1).rule(a).rule(b).build();
        PriceRules ba = PriceRules.builder("r", 1).rule(b).rule(a).build();
        assertEquals(ab, ba);
        // (4000.00 - 100.00) x 0.9
        assertEquals(eur("3510.00"), run(ab, servers(1)).amount());
    }

    @Test
    void clampsKeepAPriceInsideItsBoundsAndTheMinimumWins() {
        PriceRules clamped = PriceRules.builder("r", 1)
                .rule("deep", r -> r.then(PriceAction.discount(Percentage.of(50))).atLeast(eur("2800.00")).atMost(eur("3900.00")))
                .build();
        RuleOutcome outcome = run(clamped, servers(2));
        assertEquals(eur("5600.00"), outcome.amount());
        assertEquals(Optional.of("minimum"), outcome.applied().get(0).clamp());
        assertEquals("deep: 50% off (clamped to minimum)", outcome.applied().get(0).explain());

        PriceRules capped = PriceRules.builder("r", 1)
                .rule("markup", r -> r.then(PriceAction.markupOnCost(Percentage.of(100))).atMost(eur("4500.00"))).build();
        assertEquals(eur("9000.00"), run(capped, servers(2)).amount());

        PriceRules conflicting = PriceRules.builder("r", 1)
                .rule("odd", r -> r.then(PriceAction.discount(Percentage.of(10))).atLeast(eur("3800.00")).atMost(eur("3500.00"))).build();
        // 3600.00 is above the maximum: capped to 3500.00, then below the minimum: raised to 3800.00 (the minimum wins)
        assertEquals(eur("3800.00"), run(conflicting, servers(1)).amount());
    }

    @Test
    void theFloorIsCostPlusTheMinimumMarginRoundedUp() {
        PriceRules rules = PriceRules.builder("r", 1).minimumMargin(Percentage.of(30)).build();
        // 3 x 9.99 / 0.7 = 42.8142.. -> 42.82
        assertEquals(Optional.of(eur("42.82")), rules.floor(eur("9.99"), 3));
        assertEquals(Optional.empty(), PriceRules.none().floor(eur("9.99"), 3));
    }

    @Test
    void rejectsBadRuleSetsWithEveryProblem() {
        InvalidConfigurationException e = fails(InvalidConfigurationException.class, () -> PriceRules.builder("r", 1)
                .rule("x", r -> r.then(PriceAction.discount(Percentage.of(1))))
                .rule("x", r -> r.then(PriceAction.discount(Percentage.of(2))))
                .minimumMargin(Percentage.of(100))
                .build());
        assertEquals(List.of("rules[1]: id 'x' is used twice", "minimumMargin: must be in [0, 100) but was 100%"), e.problems());
        rejects(() -> PriceRule.builder("bad id").then(PriceAction.discount(Percentage.of(1))).build(), "'bad id'");
        fails(NullPointerException.class, () -> PriceRule.builder("no-action").build(), "action of rule no-action must not be null");
        rejects(() -> PriceRule.builder("x").then(PriceAction.discount(Percentage.of(1))).atLeast(eur("1.00")).atMost(Money.of("2.00", "USD")).build(),
                "must be in one currency");
        rejects(() -> PriceRules.builder("r", 0).build(), "version of rule set r must be at least 1 but was 0");
    }

    @Test
    void matchesNothingForAnotherAccount() {
        LineFacts globex = new LineFacts(SERVER, Category.of("hardware/servers"), GLOBEX, Tier.BRONZE, Set.of(), "APAC", "direct",
                1, eur("4000.00"), eur("2400.00"), LocalDate.of(2026, 1, 1));
        PriceRules rules = PriceRules.builder("r", 1)
                .rule("acme", r -> r.when(Condition.account(ACME)).then(PriceAction.discount(Percentage.of(10)))).build();
        assertEquals(List.of(), run(rules, globex).applied());
        assertEquals(AccountId.class, globex.account().getClass());
    }
}
