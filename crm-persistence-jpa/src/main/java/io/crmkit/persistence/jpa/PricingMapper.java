package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Ids;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.TaxRate;

import java.math.BigDecimal;
import java.util.Currency;

/** Copies exchange rates, tax rates and prices paid into their rows and back. */
final class PricingMapper {

    private PricingMapper() {
    }

    static ExchangeRateRow write(ExchangeRate rate) {
        ExchangeRateRow row = new ExchangeRateRow();
        row.id = Ids.next();
        row.from = rate.from().getCurrencyCode();
        row.to = rate.to().getCurrencyCode();
        row.date = rate.date();
        row.rate = rate.rate();
        return row;
    }

    /** The stored rate without the padding zeros of its column, as {@link ExchangeRate} keeps it. */
    static BigDecimal rate(ExchangeRateRow row) {
        return new ExchangeRate(Currency.getInstance(row.from), Currency.getInstance(row.to), row.date, row.rate).rate();
    }

    static TaxRateRow write(TaxRate rate) {
        TaxRateRow row = new TaxRateRow();
        row.id = Ids.next();
        row.region = rate.region();
        row.category = rate.category().path();
        row.from = rate.from();
        row.rate = rate.rate().value();
        return row;
    }

    static Percentage rate(TaxRateRow row) {
        return new Percentage(row.rate);
    }

    static PaidPriceRow write(PaidPrice paid) {
        PaidPriceRow row = new PaidPriceRow();
        row.id = Ids.next();
        row.account = paid.account().value();
        row.product = paid.product().value();
        row.unitPrice = paid.unitPrice().amount();
        row.currency = paid.unitPrice().currency().getCurrencyCode();
        row.quantity = paid.quantity();
        row.paidOn = paid.date();
        return row;
    }

    static PaidPrice read(PaidPriceRow row) {
        return new PaidPrice(new AccountId(row.account), new ProductId(row.product),
                Money.of(row.unitPrice, Currency.getInstance(row.currency)), row.quantity, row.paidOn);
    }
}
