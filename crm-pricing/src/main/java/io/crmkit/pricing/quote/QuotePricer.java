package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.PricedLines;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.PricingRequest;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prices a quote's lines through a {@link PricingEngine} and taxes each line's net amount at the rate
 * {@link TaxRates} gives for the buyer's region and the product's category (rounded half up per line, so the tax
 * total is the exact sum of the lines' taxes). Thread-safe.
 */
public final class QuotePricer {

    private final PricingEngine engine;
    private final TaxRates taxRates;

    private QuotePricer(PricingEngine engine, TaxRates taxRates) {
        this.engine = Checks.nonNull(engine, "engine");
        this.taxRates = Checks.nonNull(taxRates, "taxRates");
    }

    /** A pricer over {@code engine} and {@code taxRates}. */
    public static QuotePricer of(PricingEngine engine, TaxRates taxRates) {
        return new QuotePricer(engine, taxRates);
    }

    /** The engine it prices with. */
    public PricingEngine engine() {
        return engine;
    }

    /**
     * Prices and taxes {@code lines}.
     *
     * @throws IllegalArgumentException for bad lines (see {@link PricingEngine}) or a region and category without a tax rate
     */
    public PricedQuote price(Buyer buyer, Currency currency, LocalDate date, List<QuoteLine> lines) {
        return price(buyer, currency, date, lines, List.of());
    }

    /**
     * Prices and taxes {@code lines} with the promotion codes the buyer entered, applied in order after the waterfall
     * (see {@link PricingEngine}); tax is taken on the net amounts after the promotions. A code that is unknown, not
     * running on {@code date} or has nothing to apply to changes no price and is reported as a
     * {@link io.crmkit.pricing.waterfall.PricingWarning.Kind#PROMOTION_NOT_APPLIED} warning of the quote.
     *
     * @throws IllegalArgumentException for bad lines (see {@link PricingEngine}) or a region and category without a tax rate
     */
    public PricedQuote price(Buyer buyer, Currency currency, LocalDate date, List<QuoteLine> lines, List<String> promotionCodes) {
        Checks.nonNull(lines, "lines");
        Checks.nonNull(promotionCodes, "promotionCodes");
        List<LineRequest> requests = new ArrayList<>(lines.size());
        for (QuoteLine l : lines) {
            requests.add(l.line());
        }
        PricedLines priced = engine.price(new PricingRequest(buyer, currency, date, requests, promotionCodes));
        List<TaxedLine> taxed = new ArrayList<>(lines.size());
        Map<String, Money> groups = new LinkedHashMap<>();
        Money tax = Money.zero(currency);
        for (int i = 0; i < lines.size(); i++) {
            LinePrice price = priced.lines().get(i);
            Product product = engine.catalog().require(price.product());
            Percentage rate = taxRates.rate(buyer.region(), product.category(), date).orElseThrow(() -> new IllegalArgumentException(
                    "line " + price.key() + ": no tax rate for region " + buyer.region() + " and category " + product.category() + " on " + date));
            Money lineTax = price.net().percent(rate, RoundingMode.HALF_UP);
            taxed.add(new TaxedLine(lines.get(i).group(), price, rate, lineTax));
            groups.merge(lines.get(i).group(), price.net(), Money::plus);
            tax = tax.plus(lineTax);
        }
        Money net = priced.netTotal();
        QuoteTotals totals = new QuoteTotals(priced.listTotal(), net, groups, tax, net.plus(tax), priced.costTotal());
        return new PricedQuote(currency, taxed, totals, priced.warnings());
    }
}
