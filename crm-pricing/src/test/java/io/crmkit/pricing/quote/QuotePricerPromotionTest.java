package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.PricingWarning;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class QuotePricerPromotionTest {

    private static final Promotion SPRING = new Promotion("SPRING10", LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 4, 1)),
            new Promotion.OrderPercent(Percentage.of(10)));
    private static final QuotePricer PRICER = QuotePricer.of(PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
            .promotion(SPRING).build(), QuoteFixtures.VAT);
    private static final List<QuoteLine> LINES = List.of(
            new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2)),
            new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)));

    @Test
    void aPromotionCodeTakesItsShareOffEachLineAndTaxIsOnTheNetAfterIt() {
        PricedQuote priced = PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES, List.of("SPRING10"));

        // 8000.00 + 500.00 = 8500.00 less 10% = 7650.00, allocated by net: 800.00 off the servers, 50.00 off the seats
        assertEquals(List.of(eur("7200.00"), eur("450.00")), priced.lines().stream().map(l -> l.price().net()).toList());
        assertEquals("promotion:SPRING10", priced.lines().get(0).price().steps().get(priced.lines().get(0).price().steps().size() - 1).source());
        // 19% of 7200.00 = 1368.00, 7% of 450.00 = 31.50
        assertEquals(List.of(eur("1368.00"), eur("31.50")), priced.lines().stream().map(TaxedLine::tax).toList());
        assertEquals(eur("7650.00"), priced.totals().net());
        assertEquals(eur("9049.50"), priced.totals().grandTotal());
        assertEquals(List.of(), priced.allWarnings());
    }

    @Test
    void withoutCodesItPricesAsTheFourArgumentPrice() {
        assertEquals(PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES),
                PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES, List.of()));
        assertEquals(eur("8500.00"), PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES).totals().net());
    }

    @Test
    void anUnknownOrExpiredCodeChangesNoPriceAndIsAWarningNamingIt() {
        PricedQuote unknown = PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES, List.of("WINTER99"));
        PricedQuote expired = PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), LocalDate.of(2026, 4, 1), LINES, List.of("SPRING10"));

        assertEquals(eur("8500.00"), unknown.totals().net());
        assertEquals(List.of(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion code 'WINTER99' is unknown")),
                unknown.warnings());
        assertEquals(eur("8500.00"), expired.totals().net());
        assertEquals(List.of(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED,
                "promotion SPRING10 runs from 2026-03-01 until 2026-04-01, not on 2026-04-01")), expired.warnings());
        assertThrows(NullPointerException.class, () -> PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, LINES, null));
    }
}
