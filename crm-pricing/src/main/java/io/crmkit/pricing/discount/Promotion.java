package io.crmkit.pricing.discount;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A promotion a buyer unlocks with a code while it runs: buy X get Y free, or a discount on the whole order that is
 * allocated over the lines without losing a cent.
 *
 * @param code   the code the buyer enters ({@code SPRING26}), upper case
 * @param from   first day it may be used
 * @param until  first day it may no longer be used, if any
 * @param effect what it gives
 */
public record Promotion(String code, LocalDate from, Optional<LocalDate> until, Effect effect) {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");

    /** Validates. */
    public Promotion {
        Checks.nonNull(code, "code");
        Checks.argument(isWellFormed(code), "promotion code must be 1 to 32 upper-case letters, digits, '_' or '-' but was '" + code + "'");
        Checks.nonNull(from, "from");
        Checks.nonNull(until, "until");
        until.ifPresent(u -> Checks.argument(u.isAfter(from), "promotion " + code + " must run for at least a day"));
        Checks.nonNull(effect, "effect");
    }

    /** A code as a customer may type it, stripped and upper-cased: the form codes are compared in. */
    public static String normalize(String typed) {
        return typed.strip().toUpperCase(Locale.ROOT);
    }

    /** True if {@code code} is 1 to 32 upper-case letters, digits, '_' or '-', starting with a letter or digit. */
    public static boolean isWellFormed(String code) {
        return CODE.matcher(code).matches();
    }

    /** True if the code may be used on {@code date}. */
    public boolean runsOn(LocalDate date) {
        return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
    }

    /** What a promotion gives. */
    public sealed interface Effect {
    }

    /**
     * For every {@code buyQuantity} units of {@code buy} on the order, {@code freeQuantity} units of {@code get} are free
     * (as many as the order has).
     */
    public record BuyXGetY(ProductId buy, long buyQuantity, ProductId get, long freeQuantity) implements Effect {
        /** Validates. */
        public BuyXGetY {
            Checks.nonNull(buy, "buy");
            Checks.positive(buyQuantity, "buyQuantity");
            Checks.nonNull(get, "get");
            Checks.positive(freeQuantity, "freeQuantity");
        }
    }

    /** A percentage off the order's net total. */
    public record OrderPercent(Percentage percent) implements Effect {
        /** Validates. */
        public OrderPercent {
            Checks.nonNull(percent, "percent");
            Checks.argument(percent.isBetweenZeroAndHundred(), "order discount must be in [0, 100] but was " + percent);
        }
    }

    /** An amount off the order's net total (never more than the total). */
    public record OrderAmount(Money amount) implements Effect {
        /** Validates. */
        public OrderAmount {
            Checks.nonNull(amount, "amount");
            Checks.argument(!amount.isNegative(), "order discount must not be negative but was " + amount);
        }
    }
}
