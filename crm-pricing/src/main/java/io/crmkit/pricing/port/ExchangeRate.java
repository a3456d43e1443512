package io.crmkit.pricing.port;

import io.crmkit.pricing.internal.Checks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/**
 * A published exchange rate: one unit of {@code from} buys {@code rate} units of {@code to} from {@code date} on, until
 * a rate for the same pair is published for a later date. What stores behind {@link ExchangeRates} keep.
 *
 * @param from the currency converted from
 * @param to   the currency converted to, not {@code from}
 * @param date the first day the rate applies
 * @param rate units of {@code to} per unit of {@code from}, positive, at most 10 decimals
 */
public record ExchangeRate(Currency from, Currency to, LocalDate date, BigDecimal rate) {

    /** Validates; the rate is kept without trailing zeros, so 1.0850 and 1.085 are the same rate. */
    public ExchangeRate {
        Checks.nonNull(from, "from");
        Checks.nonNull(to, "to");
        Checks.argument(!from.equals(to), "an exchange rate converts between two currencies but both were " + from);
        Checks.nonNull(date, "date");
        Checks.nonNull(rate, "rate");
        Checks.argument(rate.signum() > 0, "rate " + from + "/" + to + " must be positive but was " + rate.toPlainString());
        rate = rate.stripTrailingZeros();
        Checks.argument(rate.scale() <= 10, "rate " + from + "/" + to + " must have at most 10 decimals but was " + rate.toPlainString());
        Checks.argument(rate.precision() - rate.scale() <= 14, "rate " + from + "/" + to + " must be below 10^14 but was " + rate.toPlainString());
        if (rate.scale() < 0) {
            rate = rate.setScale(0);
        }
    }
}
