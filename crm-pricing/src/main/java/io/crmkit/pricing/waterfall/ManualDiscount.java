package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** An additional discount a sales rep gives on a line: a percentage, or an amount off each unit. */
public sealed interface ManualDiscount {

    /** The line amount after the discount, never below zero. */
    Money apply(Money amount, long quantity, RoundingMode rounding);

    /** {@code percent} off the line, in [0, 100]. */
    static ManualDiscount percent(Percentage percent) {
        return new Percent(percent);
    }

    /** {@code amount} off each unit. */
    static ManualDiscount amountPerUnit(Money amount) {
        return new AmountPerUnit(amount);
    }

    /** See {@link #percent}. */
    record Percent(Percentage percent) implements ManualDiscount {
        /** Validates. */
        public Percent {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.isBetweenZeroAndHundred(), "additional discount must be in [0, 100] but was " + percent);
        }

        @Override
        public Money apply(Money amount, long quantity, RoundingMode rounding) {
            return amount.multipliedBy(BigDecimal.ONE.subtract(percent.fraction()), rounding);
        }

        @Override
        public String toString() {
            return percent + " off";
        }
    }

    /** See {@link #amountPerUnit}. */
    record AmountPerUnit(Money amount) implements ManualDiscount {
        /** Validates. */
        public AmountPerUnit {
            Checks.nonNull(amount, "amount");
            Checks.argument(!amount.isNegative(), "additional discount must not be negative but was " + amount);
        }

        @Override
        public Money apply(Money line, long quantity, RoundingMode rounding) {
            Money after = line.minus(amount.multipliedBy(quantity));
            return after.isNegative() ? Money.zero(line.currency()) : after;
        }

        @Override
        public String toString() {
            return amount + " off each";
        }
    }
}
