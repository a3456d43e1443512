package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.waterfall.PricingEngine;

import java.util.Optional;

/** A quote pricer over the fixture catalogue: 19% VAT in EMEA, 7% on software there, no rate elsewhere. */
final class QuoteFixtures {

    static final TaxRates VAT = (region, category, date) -> !region.equals("EMEA") ? Optional.empty()
            : Optional.of(category.isWithin(Category.of("software")) ? Percentage.of(7) : Percentage.of(19));

    private QuoteFixtures() {
    }

    static QuotePricer pricer() {
        return QuotePricer.of(PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook()).build(), VAT);
    }
}
