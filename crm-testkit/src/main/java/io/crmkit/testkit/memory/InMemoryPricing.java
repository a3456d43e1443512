package io.crmkit.testkit.memory;

import io.crmkit.core.party.AccountId;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.quote.port.Quotes;

import java.util.Objects;

/**
 * Thread-safe in-memory adapters of crm-pricing's ports, with what a host would load into them: published exchange
 * rates, tax rates, prices paid, which accounts are similar, and stored quote versions.
 * <pre>{@code
 * InMemoryPricing pricing = InMemoryPricing.create()
 *         .publish(new ExchangeRate(usd, eur, LocalDate.of(2026, 3, 1), new BigDecimal("0.92")))
 *         .taxRate(new TaxRate("EMEA", Category.of("hardware"), LocalDate.of(2026, 1, 1), Percentage.of(19)));
 * PricingEngine engine = PricingEngine.builder(catalog, book).exchangeRates(pricing.exchangeRates()).build();
 * QuotePricer pricer = QuotePricer.of(engine, pricing.taxRates());
 * }</pre>
 * The rate for a day is the one published for the latest date on or before it; a currency converts to itself at 1.
 * Accounts are similar when they are put in the same {@link #segment segment}.
 */
public final class InMemoryPricing {

    private final MemoryExchangeRates exchangeRates = new MemoryExchangeRates();
    private final MemoryTaxRates taxRates = new MemoryTaxRates();
    private final MemoryPriceHistory priceHistory = new MemoryPriceHistory();
    private final MemoryQuotes quotes = new MemoryQuotes();

    private InMemoryPricing() {
    }

    /** Empty stores. */
    public static InMemoryPricing create() {
        return new InMemoryPricing();
    }

    /** Exchange rates as {@link #publish published}. */
    public ExchangeRates exchangeRates() {
        return exchangeRates;
    }

    /** Tax rates as {@link #taxRate set}. */
    public TaxRates taxRates() {
        return taxRates;
    }

    /** Prices paid as {@link #recordPaid recorded}, with similarity by {@link #segment segment}. */
    public PriceHistory priceHistory() {
        return priceHistory;
    }

    /** Quote versions. */
    public Quotes quotes() {
        return quotes;
    }

    /** Publishes {@code rate}, replacing one published for the same pair and date. */
    public InMemoryPricing publish(ExchangeRate rate) {
        exchangeRates.publish(Objects.requireNonNull(rate, "rate"));
        return this;
    }

    /** Sets {@code rate}, replacing one for the same region, category and start. */
    public InMemoryPricing taxRate(TaxRate rate) {
        taxRates.set(Objects.requireNonNull(rate, "rate"));
        return this;
    }

    /** Records that an account paid {@code paid}. */
    public InMemoryPricing recordPaid(PaidPrice paid) {
        priceHistory.record(Objects.requireNonNull(paid, "paid"));
        return this;
    }

    /** Puts {@code account} in {@code segment} (replacing its earlier one): accounts of one segment are similar. */
    public InMemoryPricing segment(AccountId account, String segment) {
        priceHistory.segment(Objects.requireNonNull(account, "account"), MemoryPriceHistory.requireSegment(segment));
        return this;
    }
}
