package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;

import java.math.BigDecimal;
import java.util.Optional;

/** A product on an opportunity: a positive quantity (at most 6 decimals) and, optionally, an expected unit price. */
public record ProductLine(ProductId product, BigDecimal quantity, Optional<Money> unitPrice) {

    /** Validates. */
    public ProductLine {
        Require.nonNull(product, "product");
        Require.nonNull(quantity, "quantity");
        Require.argument(quantity.signum() > 0, "quantity must be positive but was " + quantity.toPlainString());
        Require.argument(quantity.stripTrailingZeros().scale() <= 6,
                "quantity must have at most 6 decimals but was " + quantity.toPlainString());
        Require.nonNull(unitPrice, "unitPrice");
        unitPrice.filter(Money::isNegative).ifPresent(p -> {
            throw new IllegalArgumentException("unit price must not be negative but was " + p);
        });
    }

    /** {@code quantity} of {@code product} with no price yet. */
    public static ProductLine of(ProductId product, long quantity) {
        return new ProductLine(product, BigDecimal.valueOf(quantity), Optional.empty());
    }

    /** {@code quantity} of {@code product} at {@code unitPrice}. */
    public static ProductLine of(ProductId product, long quantity, Money unitPrice) {
        return new ProductLine(product, BigDecimal.valueOf(quantity), Optional.of(unitPrice));
    }
}
