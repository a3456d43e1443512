package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;

/**
 * A bundle component's part of its line's net amount.
 *
 * @param product  the component
 * @param quantity its units on the line (component quantity times line quantity)
 * @param amount   its share of the net amount; the shares add up to the line's net amount exactly
 */
public record ComponentShare(ProductId product, long quantity, Money amount) {
}
