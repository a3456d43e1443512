package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.quote.port.Quotes;
import io.crmkit.testkit.contract.PricingPortsContract;

/** The pricing port contract on the Jakarta Persistence adapters; each database names its store. */
abstract class JpaPricingPortsContract extends PricingPortsContract {

    /** The adapters under test. */
    abstract JpaPricingPorts store();

    @Override
    protected ExchangeRates exchangeRates() {
        return store().exchangeRates();
    }

    @Override
    protected TaxRates taxRates() {
        return store().taxRates();
    }

    @Override
    protected PriceHistory priceHistory() {
        return store().priceHistory();
    }

    @Override
    protected Quotes quotes() {
        return store().quotes();
    }

    @Override
    protected void publish(ExchangeRate rate) {
        store().publish(rate);
    }

    @Override
    protected void setTaxRate(TaxRate rate) {
        store().setTaxRate(rate);
    }

    @Override
    protected void recordPaid(PaidPrice paid) {
        store().recordPaid(paid);
    }

    @Override
    protected void segment(AccountId account, String segment) {
        store().segment(account, segment);
    }
}
