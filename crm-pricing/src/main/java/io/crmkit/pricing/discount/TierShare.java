package io.crmkit.pricing.discount;

/**
 * How many units of a line a tier priced.
 *
 * @param tier  the tier
 * @param units the units it priced (all of them under Range and block semantics)
 */
public record TierShare(DiscountTier tier, long units) {
}
