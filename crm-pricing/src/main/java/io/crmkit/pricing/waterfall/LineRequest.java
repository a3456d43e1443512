package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.util.Optional;
import java.util.Set;

/**
 * A line to price.
 *
 * @param key                a key unique in the request (kept across quote versions)
 * @param product            the product (or bundle)
 * @param quantity           units, positive
 * @param options            the optional bundle components chosen
 * @param additionalDiscount the sales rep's additional discount, if any
 * @param priorQuantity      units the account bought before (for schedules that aggregate across orders)
 * @param termMonths         the subscription term in months (for term schedules), 0 if none
 * @param belowFloorApproved true if an approver allowed rules to go below the floor on this line
 */
public record LineRequest(String key, ProductId product, long quantity, Set<ProductId> options,
                          Optional<ManualDiscount> additionalDiscount, long priorQuantity, long termMonths,
                          boolean belowFloorApproved) {

    /** Validates. */
    public LineRequest {
        key = Checks.nonBlank(key, "line key");
        Checks.nonNull(product, "product of line " + key);
        Checks.positive(quantity, "quantity of line " + key);
        options = Set.copyOf(Checks.nonNull(options, "options of line " + key));
        Checks.nonNull(additionalDiscount, "additionalDiscount of line " + key);
        Checks.nonNegative(priorQuantity, "priorQuantity of line " + key);
        Checks.nonNegative(termMonths, "termMonths of line " + key);
    }

    /** A plain line. */
    public static LineRequest of(String key, ProductId product, long quantity) {
        return new LineRequest(key, product, quantity, Set.of(), Optional.empty(), 0, 0, false);
    }

    /** This line with an additional discount. */
    public LineRequest withDiscount(ManualDiscount discount) {
        return new LineRequest(key, product, quantity, options, Optional.of(discount), priorQuantity, termMonths, belowFloorApproved);
    }

    /** This line with a different quantity. */
    public LineRequest withQuantity(long quantity) {
        return new LineRequest(key, product, quantity, options, additionalDiscount, priorQuantity, termMonths, belowFloorApproved);
    }

    /** This line with the bundle options chosen. */
    public LineRequest withOptions(ProductId... options) {
        return new LineRequest(key, product, quantity, Set.of(options), additionalDiscount, priorQuantity, termMonths, belowFloorApproved);
    }

    /** This line, counting {@code prior} units bought before. */
    public LineRequest withPriorQuantity(long prior) {
        return new LineRequest(key, product, quantity, options, additionalDiscount, prior, termMonths, belowFloorApproved);
    }

    /** This line with a term of {@code months}. */
    public LineRequest withTermMonths(long months) {
        return new LineRequest(key, product, quantity, options, additionalDiscount, priorQuantity, months, belowFloorApproved);
    }

    /** This line, allowed below the floor. */
    public LineRequest withBelowFloorApproved() {
        return new LineRequest(key, product, quantity, options, additionalDiscount, priorQuantity, termMonths, true);
    }
}
