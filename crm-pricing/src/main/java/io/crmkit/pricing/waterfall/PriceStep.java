package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.pricing.internal.Checks;

/**
 * One recorded change of a line's price.
 *
 * @param stage   the waterfall stage it belongs to
 * @param source  what produced it: {@code price-book:standard}, {@code schedule:volume}, {@code rule:gold-5},
 *                {@code floor}, {@code manual}, {@code partner}, {@code distributor}, {@code contract}
 * @param explain a sentence for a person
 * @param amount  the line amount after the step
 */
public record PriceStep(Stage stage, String source, String explain, Money amount) {

    /** Validates. */
    public PriceStep {
        Checks.nonNull(stage, "stage");
        Checks.nonBlank(source, "source");
        Checks.nonNull(explain, "explain");
        Checks.nonNull(amount, "amount");
    }
}
