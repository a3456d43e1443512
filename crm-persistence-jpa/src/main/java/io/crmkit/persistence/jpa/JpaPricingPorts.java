package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Transactions;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.quote.port.Quotes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import java.util.Objects;

/**
 * crm-pricing's ports stored through Jakarta Persistence, in the tables of {@link CrmSchema}'s migrations (version 4),
 * with what a host loads into them: exchange rates, tax rates, prices paid and the segments that make accounts similar.
 * <pre>{@code
 * JpaPricingPorts pricing = JpaCrmPorts.using(emf).pricing();     // or JpaPricingPorts.using(emf)
 * pricing.publish(new ExchangeRate(usd, eur, LocalDate.of(2026, 3, 2), new BigDecimal("0.9235")));
 * QuotePricer pricer = QuotePricer.of(PricingEngine.builder(catalog, book).exchangeRates(pricing.exchangeRates()).build(),
 *         pricing.taxRates());
 * pricing.quotes().save(QuoteSnapshot.of(quote));
 * }</pre>
 * The stores join the running transaction of {@link #transactions()}. Thread-safe.
 */
public final class JpaPricingPorts {

    private final Session session;
    private final JpaExchangeRates exchangeRates;
    private final JpaTaxRates taxRates;
    private final JpaPriceHistory priceHistory;
    private final JpaQuotes quotes;

    JpaPricingPorts(Session session) {
        this.session = session;
        this.exchangeRates = new JpaExchangeRates(session);
        this.taxRates = new JpaTaxRates(session);
        this.priceHistory = new JpaPriceHistory(session);
        this.quotes = new JpaQuotes(session);
    }

    /** Ports that run their own resource-local transactions on {@code entityManagerFactory}. */
    public static JpaPricingPorts using(EntityManagerFactory entityManagerFactory) {
        return new JpaPricingPorts(new LocalSession(entityManagerFactory));
    }

    /** Ports that join the host's transactions (see {@link JpaCrmPorts#using(EntityManager, Transactions)}). */
    public static JpaPricingPorts using(EntityManager sharedEntityManager, Transactions hostTransactions) {
        return new JpaPricingPorts(new SharedSession(sharedEntityManager, hostTransactions));
    }

    /** Exchange rates in {@code pricing_exchange_rate}. */
    public ExchangeRates exchangeRates() {
        return exchangeRates;
    }

    /** Tax rates in {@code pricing_tax_rate}. */
    public TaxRates taxRates() {
        return taxRates;
    }

    /** Prices paid in {@code pricing_paid_price}, similar accounts by {@code pricing_account_segment}. */
    public PriceHistory priceHistory() {
        return priceHistory;
    }

    /** Quote versions in {@code pricing_quote_version} and its child tables. */
    public Quotes quotes() {
        return quotes;
    }

    /** The transactions every store here joins. */
    public Transactions transactions() {
        return session;
    }

    /** Publishes {@code rate}, replacing one published for the same pair and date. */
    public void publish(ExchangeRate rate) {
        exchangeRates.publish(rate);
    }

    /** Sets {@code rate}, replacing one for the same region, category and start. */
    public void setTaxRate(TaxRate rate) {
        taxRates.set(rate);
    }

    /** Records that an account paid {@code paid}. */
    public void recordPaid(PaidPrice paid) {
        priceHistory.record(paid);
    }

    /** Puts {@code account} in {@code segment} (1 to 100 characters), replacing its earlier one: accounts of one segment are similar. */
    public void segment(AccountId account, String segment) {
        priceHistory.segment(Objects.requireNonNull(account, "account"), segment);
    }
}
