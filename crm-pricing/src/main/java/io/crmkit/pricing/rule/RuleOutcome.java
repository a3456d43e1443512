package io.crmkit.pricing.rule;

import io.crmkit.core.shared.Money;

import java.util.List;

/**
 * The result of running a rule set on a line.
 *
 * @param amount  the line amount after every applicable rule
 * @param applied the rules that applied, in order
 */
public record RuleOutcome(Money amount, List<AppliedRule> applied) {

    /** Copies. */
    public RuleOutcome {
        applied = List.copyOf(applied);
    }
}
