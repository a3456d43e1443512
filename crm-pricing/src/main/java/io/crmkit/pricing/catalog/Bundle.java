package io.crmkit.pricing.catalog;

import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A product sold as a set of components. Its list price is either the {@link BundlePricing#SUM_OF_COMPONENTS sum of
 * its components' list prices} or the bundle's own {@link BundlePricing#FIXED_PRICE fixed price}; either way the
 * line's net amount is allocated over the components in proportion to their list prices without losing a cent.
 *
 * @param product    the bundle's own product (it carries the SKU, cost and category)
 * @param components the components, each product at most once
 * @param pricing    how the bundle's list price is found
 */
public record Bundle(ProductId product, List<BundleComponent> components, BundlePricing pricing) {

    /** How a bundle's list price is found. */
    public enum BundlePricing {
        /** The bundle costs what its chosen components cost. */
        SUM_OF_COMPONENTS,
        /** The bundle has its own price in the price book. */
        FIXED_PRICE
    }

    /** Validates: at least one component, no component twice, the bundle not among its own components. */
    public Bundle {
        Checks.nonNull(product, "product");
        components = Checks.listOf(components, "components of bundle " + product);
        Checks.nonNull(pricing, "pricing");
        Checks.argument(!components.isEmpty(), "bundle " + product + " must have at least one component");
        Set<ProductId> seen = new HashSet<>();
        for (BundleComponent c : components) {
            Checks.argument(!c.product().equals(product), "bundle " + product + " must not contain itself");
            Checks.argument(seen.add(c.product()), "bundle " + product + " lists component " + c.product() + " twice");
        }
    }

    /** The components included when the buyer chose {@code options}: every required one and the chosen optional ones. */
    public List<BundleComponent> chosen(Set<ProductId> options) {
        Checks.nonNull(options, "options");
        for (ProductId option : options) {
            Checks.argument(components.stream().anyMatch(c -> !c.required() && c.product().equals(option)),
                    "product " + option + " is not an optional component of bundle " + product);
        }
        return components.stream().filter(c -> c.required() || options.contains(c.product())).toList();
    }
}
