package io.crmkit.pricing.rule;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * What a rule does to the unit price. Actions compute on the whole line (unit price times quantity) and round once
 * to the currency's scale, so a line is exact however many units it has. {@link SetPrice} is flat: it stops later rules.
 */
public sealed interface PriceAction {

    /**
     * The line amount after the action.
     *
     * @param current  the line amount before the action
     * @param line     the line's facts (list price, cost, quantity)
     * @param rounding how to round to the currency's scale
     */
    Money apply(Money current, LineFacts line, RoundingMode rounding);

    /** True if no later rule may change the price after this action. */
    default boolean isFlat() {
        return false;
    }

    /** Short text for the waterfall: {@code "85% of list"}. */
    String describe();

    /** The price becomes {@code percent} of the list price ({@code 85%} of list is a 15% discount off list). */
    static PriceAction percentOfList(Percentage percent) {
        return new PercentOfList(percent);
    }

    /** {@code percent} off the current price. */
    static PriceAction discount(Percentage percent) {
        return new DiscountPercent(percent);
    }

    /** The price becomes cost plus {@code percent}. */
    static PriceAction markupOnCost(Percentage percent) {
        return new MarkupOnCost(percent);
    }

    /** {@code amount} off each unit of the current price (never below zero). */
    static PriceAction amountOff(Money amount) {
        return new AmountOff(amount);
    }

    /** The unit price becomes {@code price}; later rules are skipped. */
    static PriceAction setPrice(Money price) {
        return new SetPrice(price);
    }

    /** See {@link #percentOfList}. */
    record PercentOfList(Percentage percent) implements PriceAction {
        /** Validates: not negative. */
        public PercentOfList {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.value().signum() >= 0, "percent of list must not be negative but was " + percent);
        }

        @Override
        public Money apply(Money current, LineFacts line, RoundingMode rounding) {
            return line.listPrice().multipliedBy(BigDecimal.valueOf(line.quantity()).multiply(percent.fraction()), rounding);
        }

        @Override
        public String describe() {
            return percent + " of list";
        }
    }

    /** See {@link #discount}. */
    record DiscountPercent(Percentage percent) implements PriceAction {
        /** Validates: in [0, 100]. */
        public DiscountPercent {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.isBetweenZeroAndHundred(), "discount must be in [0, 100] but was " + percent);
        }

        @Override
        public Money apply(Money current, LineFacts line, RoundingMode rounding) {
            return current.multipliedBy(BigDecimal.ONE.subtract(percent.fraction()), rounding);
        }

        @Override
        public String describe() {
            return percent + " off";
        }
    }

    /** See {@link #markupOnCost}. */
    record MarkupOnCost(Percentage percent) implements PriceAction {
        /** Validates: not below -100%. */
        public MarkupOnCost {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.value().compareTo(BigDecimal.valueOf(-100)) >= 0, "markup must not be below -100% but was " + percent);
        }

        @Override
        public Money apply(Money current, LineFacts line, RoundingMode rounding) {
            return line.cost().multipliedBy(BigDecimal.valueOf(line.quantity()).multiply(BigDecimal.ONE.add(percent.fraction())), rounding);
        }

        @Override
        public String describe() {
            return "cost plus " + percent;
        }
    }

    /** See {@link #amountOff}. */
    record AmountOff(Money amount) implements PriceAction {
        /** Validates: not negative. */
        public AmountOff {
            Checks.nonNull(amount, "amount");
            Checks.argument(!amount.isNegative(), "amount off must not be negative but was " + amount);
        }

        @Override
        public Money apply(Money current, LineFacts line, RoundingMode rounding) {
            Money after = current.minus(amount.multipliedBy(line.quantity()));
            return after.isNegative() ? Money.zero(current.currency()) : after;
        }

        @Override
        public String describe() {
            return amount + " off each";
        }
    }

    /** See {@link #setPrice}. */
    record SetPrice(Money price) implements PriceAction {
        /** Validates: not negative. */
        public SetPrice {
            Checks.nonNull(price, "price");
            Checks.argument(!price.isNegative(), "set price must not be negative but was " + price);
        }

        @Override
        public Money apply(Money current, LineFacts line, RoundingMode rounding) {
            return price.multipliedBy(line.quantity());
        }

        @Override
        public boolean isFlat() {
            return true;
        }

        @Override
        public String describe() {
            return "set to " + price + " each";
        }
    }
}
