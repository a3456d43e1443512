package io.crmkit.pricing.discount;

import io.crmkit.pricing.internal.Checks;

import java.util.OptionalLong;

/**
 * One tier of a schedule: quantities from {@code from} (inclusive) up to {@code until} (exclusive; open if absent).
 *
 * @param from     the lowest quantity of the tier
 * @param until    the first quantity no longer in the tier, or empty for an open top tier
 * @param discount what the tier gives
 */
public record DiscountTier(long from, OptionalLong until, TierDiscount discount) {

    /** Validates. */
    public DiscountTier {
        Checks.nonNegative(from, "tier from");
        Checks.nonNull(until, "until");
        Checks.nonNull(discount, "discount");
        until.ifPresent(u -> Checks.argument(u > from, "a tier must hold at least one quantity but [" + from + ", " + u + ") is empty"));
    }

    /** True if {@code quantity} lies in this tier. */
    public boolean contains(long quantity) {
        return quantity >= from && (until.isEmpty() || quantity < until.getAsLong());
    }

    /** {@code [10, 50)} or {@code [50, ...)}. */
    public String bounds() {
        return "[" + from + ", " + (until.isPresent() ? until.getAsLong() + ")" : "...)");
    }
}
