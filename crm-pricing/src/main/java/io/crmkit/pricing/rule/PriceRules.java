package io.crmkit.pricing.rule;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A versioned set of price rules and the floor under them. Rules run in priority order (ties by id, so the order
 * in which they were added does not matter); each applicable rule changes the line amount, then its clamps apply;
 * a flat rule ({@link PriceAction#setPrice}) stops later rules. The floor is cost plus {@link #minimumMargin()}
 * (a margin on the price: cost / (1 - margin)), rounded up.
 *
 * <pre>{@code
 * PriceRules rules = PriceRules.builder("emea-2026", 3)
 *     .rule(r -> r.name("Gold accounts").priority(10).when(Condition.accountTier(Tier.GOLD)).then(PriceAction.discount(Percentage.of(5))))
 *     .minimumMargin(Percentage.of(10))
 *     .build();
 * }</pre>
 *
 * @param id            the rule set's key
 * @param version       its version, increased on every change
 * @param rules         the rules, sorted by priority then id
 * @param minimumMargin the margin under which no rule may take a price, if any
 */
public record PriceRules(String id, int version, List<PriceRule> rules, Optional<Percentage> minimumMargin) {

    /**
     * Validates and sorts.
     *
     * @throws InvalidConfigurationException naming duplicate rule ids and a margin outside [0, 100)
     */
    public PriceRules {
        id = Checks.nonBlank(id, "rule set id");
        Checks.argument(version >= 1, "version of rule set " + id + " must be at least 1 but was " + version);
        rules = Checks.listOf(rules, "rules of rule set " + id);
        Checks.nonNull(minimumMargin, "minimumMargin");
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < rules.size(); i++) {
            if (!ids.add(rules.get(i).id())) {
                problems.add("rules[" + i + "]: id '" + rules.get(i).id() + "' is used twice");
            }
        }
        minimumMargin.ifPresent(m -> {
            if (m.value().signum() < 0 || m.compareTo(Percentage.HUNDRED) >= 0) {
                problems.add("minimumMargin: must be in [0, 100) but was " + m);
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("price rules '" + id + "'", problems);
        }
        rules = rules.stream().sorted(Comparator.comparingInt(PriceRule::priority).thenComparing(PriceRule::id)).toList();
    }

    /**
     * The same rule set without the rules that can never apply to {@code product} in {@code category} (their product or
     * category conditions exclude it): pricing a line of that product with it gives the same result, faster.
     */
    public PriceRules relevantTo(ProductId product, Category category) {
        Checks.nonNull(product, "product");
        Checks.nonNull(category, "category");
        List<PriceRule> relevant = new ArrayList<>();
        for (PriceRule rule : rules) {
            if (rule.conditions().stream().allMatch(c -> c.mayMatch(product, category))) {
                relevant.add(rule);
            }
        }
        return relevant.size() == rules.size() ? this : new PriceRules(id, version, relevant, minimumMargin);
    }

    /** Starts a rule set. */
    public static Builder builder(String id, int version) {
        return new Builder(id, version);
    }

    /** No rules, no floor. */
    public static PriceRules none() {
        return new PriceRules("none", 1, List.of(), Optional.empty());
    }

    /**
     * Runs the rules on a line.
     *
     * @param start    the line amount before the rules
     * @param line     the line's facts
     * @param rounding how actions round
     */
    public RuleOutcome apply(Money start, LineFacts line, RoundingMode rounding) {
        Money amount = start;
        List<AppliedRule> applied = null;
        for (int i = 0, n = rules.size(); i < n; i++) {
            PriceRule rule = rules.get(i);
            if (!rule.appliesTo(line)) {
                continue;
            }
            Money before = amount;
            amount = rule.action().apply(amount, line, rounding);
            String clamp = null;
            if (rule.maximum().isPresent()) {
                Money max = rule.maximum().get().multipliedBy(line.quantity());
                if (sameCurrency(max, amount) && amount.isGreaterThan(max)) {
                    amount = max;
                    clamp = "maximum";
                }
            }
            if (rule.minimum().isPresent()) {
                Money min = rule.minimum().get().multipliedBy(line.quantity());
                if (sameCurrency(min, amount) && amount.isLessThan(min)) {
                    amount = min;
                    clamp = "minimum";
                }
            }
            if (applied == null) {
                applied = new ArrayList<>(2);
            }
            applied.add(new AppliedRule(rule, before, amount, Optional.ofNullable(clamp)));
            if (rule.action().isFlat()) {
                break;
            }
        }
        return new RuleOutcome(amount, applied == null ? List.of() : applied);
    }

    private static boolean sameCurrency(Money a, Money b) {
        return a.currency().equals(b.currency());
    }

    /** The lowest line amount the floor allows for {@code quantity} units costing {@code unitCost}, if there is a floor. */
    public Optional<Money> floor(Money unitCost, long quantity) {
        if (minimumMargin.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal keep = BigDecimal.ONE.subtract(minimumMargin.get().fraction());
        BigDecimal cost = unitCost.amount().multiply(BigDecimal.valueOf(quantity));
        // the exact quotient rounded up at the currency's scale, so the margin is never below the minimum
        return Optional.of(Money.of(cost.divide(keep, unitCost.amount().scale(), RoundingMode.CEILING), unitCost.currency()));
    }

    /** Builds {@link PriceRules}. */
    public static final class Builder {
        private final String id;
        private final int version;
        private final List<PriceRule> rules = new ArrayList<>();
        private Percentage minimumMargin;
        private int next = 1;

        private Builder(String id, int version) {
            this.id = id;
            this.version = version;
        }

        /** Adds a built rule. */
        public Builder rule(PriceRule rule) {
            rules.add(Checks.nonNull(rule, "rule"));
            return this;
        }

        /** Adds a rule configured by {@code spec} with the next free id {@code rule-N} unless it sets one. */
        public Builder rule(String ruleId, UnaryOperator<PriceRule.Builder> spec) {
            rules.add(spec.apply(PriceRule.builder(ruleId)).build());
            return this;
        }

        /** Adds a rule with the id {@code rule-1}, {@code rule-2}, ... */
        public Builder rule(UnaryOperator<PriceRule.Builder> spec) {
            return rule("rule-" + next++, spec);
        }

        /** The margin below which rules may not take a price. */
        public Builder minimumMargin(Percentage margin) {
            this.minimumMargin = Checks.nonNull(margin, "minimumMargin");
            return this;
        }

        /** The rule set. */
        public PriceRules build() {
            return new PriceRules(id, version, rules, Optional.ofNullable(minimumMargin));
        }
    }
}
