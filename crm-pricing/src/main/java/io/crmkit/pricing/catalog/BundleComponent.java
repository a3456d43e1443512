package io.crmkit.pricing.catalog;

import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

/**
 * A product inside a bundle.
 *
 * @param product  the component
 * @param quantity units of the component per unit of the bundle
 * @param required true if it is always included, false if the buyer may choose it
 */
public record BundleComponent(ProductId product, long quantity, boolean required) {

    /** Validates. */
    public BundleComponent {
        Checks.nonNull(product, "product");
        Checks.positive(quantity, "quantity of bundle component " + product);
    }

    /** A component always included. */
    public static BundleComponent required(ProductId product, long quantity) {
        return new BundleComponent(product, quantity, true);
    }

    /** A component the buyer may choose. */
    public static BundleComponent optional(ProductId product, long quantity) {
        return new BundleComponent(product, quantity, false);
    }
}
