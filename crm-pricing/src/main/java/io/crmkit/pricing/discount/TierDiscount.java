package io.crmkit.pricing.discount;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.internal.Checks;

/** What a tier gives: a percentage off, an amount off each unit, or a flat price for the whole band. */
public sealed interface TierDiscount {

    /** A percentage off the unit price, in [0, 100]. */
    record PercentOff(Percentage percent) implements TierDiscount {
        /** Validates. */
        public PercentOff {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.isBetweenZeroAndHundred(), "a tier's percent off must be in [0, 100] but was " + percent);
        }
    }

    /** An amount off each unit (never below zero). */
    record AmountOff(Money amount) implements TierDiscount {
        /** Validates. */
        public AmountOff {
            Checks.nonNull(amount, "amount");
            Checks.argument(!amount.isNegative(), "a tier's amount off must not be negative but was " + amount);
        }
    }

    /** A flat price for any quantity in the band. */
    record BlockPrice(Money price) implements TierDiscount {
        /** Validates. */
        public BlockPrice {
            Checks.nonNull(price, "price");
            Checks.argument(!price.isNegative(), "a block price must not be negative but was " + price);
        }
    }

    /** {@code percent(10)} is 10% off. */
    static TierDiscount percent(long percent) {
        return new PercentOff(Percentage.of(percent));
    }

    /** {@code percent(Percentage.of("12.5"))}. */
    static TierDiscount percent(Percentage percent) {
        return new PercentOff(percent);
    }

    /** An amount off each unit. */
    static TierDiscount amountOff(Money amount) {
        return new AmountOff(amount);
    }

    /** A flat price for the band. */
    static TierDiscount block(Money price) {
        return new BlockPrice(price);
    }
}
