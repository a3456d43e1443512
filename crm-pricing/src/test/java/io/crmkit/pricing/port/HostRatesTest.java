package io.crmkit.pricing.port;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Category;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

import static io.crmkit.pricing.Expect.rejects;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** What a host may load into its exchange-rate and tax-rate stores. */
final class HostRatesTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void anExchangeRateKeepsItsValueWithoutPaddingZeros() {
        assertEquals(new BigDecimal("0.9235"), new ExchangeRate(USD, EUR, DAY, new BigDecimal("0.923500")).rate());
        assertEquals(new BigDecimal("160"), new ExchangeRate(EUR, Currency.getInstance("JPY"), DAY, new BigDecimal("1.6E+2")).rate());
        assertEquals(new ExchangeRate(USD, EUR, DAY, new BigDecimal("1.085")), new ExchangeRate(USD, EUR, DAY, new BigDecimal("1.0850")));
    }

    @Test
    void rejectsExchangeRatesAStoreCouldNotKeepOrThatMeanNothing() {
        rejects(() -> new ExchangeRate(USD, USD, DAY, BigDecimal.ONE), "two currencies", "USD");
        rejects(() -> new ExchangeRate(USD, EUR, DAY, BigDecimal.ZERO), "USD/EUR", "positive", "0");
        rejects(() -> new ExchangeRate(USD, EUR, DAY, new BigDecimal("-0.92")), "positive", "-0.92");
        rejects(() -> new ExchangeRate(USD, EUR, DAY, new BigDecimal("0.12345678901")), "at most 10 decimals", "0.12345678901");
        rejects(() -> new ExchangeRate(USD, EUR, DAY, new BigDecimal("123456789012345")), "below 10^14", "123456789012345");
        assertThrows(NullPointerException.class, () -> new ExchangeRate(USD, EUR, null, BigDecimal.ONE));
    }

    @Test
    void rejectsTaxRatesOutsideZeroToHundredOrWithoutARegion() {
        assertEquals("EMEA", new TaxRate(" EMEA ", Category.of("hardware"), DAY, Percentage.of(19)).region());
        rejects(() -> new TaxRate("EMEA", Category.of("hardware"), DAY, Percentage.of(101)), "tax rate", "[0, 100]", "101%");
        rejects(() -> new TaxRate("EMEA", Category.of("hardware"), DAY, Percentage.of(-7)), "-7%");
        rejects(() -> new TaxRate(" ", Category.of("hardware"), DAY, Percentage.of(7)), "region", "blank");
        rejects(() -> new TaxRate("R".repeat(65), Category.of("hardware"), DAY, Percentage.of(7)), "region", "64");
        assertThrows(NullPointerException.class, () -> new TaxRate("EMEA", null, DAY, Percentage.of(7)));
    }
}
