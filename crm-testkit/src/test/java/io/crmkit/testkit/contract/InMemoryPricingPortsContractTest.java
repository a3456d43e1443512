package io.crmkit.testkit.contract;

import io.crmkit.core.party.AccountId;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.quote.port.Quotes;
import io.crmkit.testkit.memory.InMemoryPricing;

/** The pricing port contract on the in-memory adapters: the reference the database adapters are held to. */
final class InMemoryPricingPortsContractTest extends PricingPortsContract {

    private static final InMemoryPricing STORE = InMemoryPricing.create();

    @Override
    protected ExchangeRates exchangeRates() {
        return STORE.exchangeRates();
    }

    @Override
    protected TaxRates taxRates() {
        return STORE.taxRates();
    }

    @Override
    protected PriceHistory priceHistory() {
        return STORE.priceHistory();
    }

    @Override
    protected Quotes quotes() {
        return STORE.quotes();
    }

    @Override
    protected void publish(ExchangeRate rate) {
        STORE.publish(rate);
    }

    @Override
    protected void setTaxRate(TaxRate rate) {
        STORE.taxRate(rate);
    }

    @Override
    protected void recordPaid(PaidPrice paid) {
        STORE.recordPaid(paid);
    }

    @Override
    protected void segment(AccountId account, String segment) {
        STORE.segment(account, segment);
    }
}
