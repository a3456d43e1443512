package io.crmkit.pricing.rule;

import io.crmkit.core.shared.Money;

import java.util.Optional;

/**
 * A rule that changed a line.
 *
 * @param rule    the rule
 * @param before  the line amount before it
 * @param after   the line amount after it, clamped
 * @param clamp   {@code "minimum"} or {@code "maximum"} if a clamp moved the price
 */
public record AppliedRule(PriceRule rule, Money before, Money after, Optional<String> clamp) {

    /** {@code "Partner tier: 85% of list (clamped to minimum)"}. */
    public String explain() {
        return rule.name() + ": " + rule.action().describe() + clamp.map(c -> " (clamped to " + c + ")").orElse("");
    }
}
