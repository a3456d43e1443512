package io.crmkit.pricing.port;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;

/** Exchange rates the host trusts (a treasury feed, the central bank's daily rates). */
public interface ExchangeRates {

    /** How many units of {@code to} one unit of {@code from} buys on {@code date}, if the host knows the rate. */
    Optional<BigDecimal> rate(Currency from, Currency to, LocalDate date);
}
