package io.crmkit.pricing.waterfall;

/**
 * Something a person should look at before the price goes out.
 *
 * @param kind    what kind of warning
 * @param message a sentence naming the line and the numbers
 */
public record PricingWarning(Kind kind, String message) {

    /** Kinds of warnings. */
    public enum Kind {
        /** Margin under the configured threshold. */
        LOW_MARGIN,
        /** Net price under the floor of cost plus the minimum margin. */
        BELOW_FLOOR,
        /** A promotion code that is unknown, not running on the pricing date, or has nothing to apply to. */
        PROMOTION_NOT_APPLIED
    }
}
