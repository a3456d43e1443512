package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Acme is quoted two servers and 50 CRM seats with the spring campaign's code. The customer asks for 100 seats: the
 * revision keeps the code the customer was given, so the 10% still comes off. A week later marketing swaps the
 * campaign for a welcome discount, and the diff says which code went and which came.
 */
final class QuotePromotionScenario {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final Promotion SPRING = new Promotion("SPRING10", LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 4, 1)),
            new Promotion.OrderPercent(Percentage.of(10)));
    private static final Promotion WELCOME = new Promotion("WELCOME5", LocalDate.of(2026, 3, 1), Optional.empty(),
            new Promotion.OrderPercent(Percentage.of(5)));
    private static final QuotePricer PRICER = QuotePricer.of(PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
            .promotion(SPRING).promotion(WELCOME).build(), QuoteFixtures.VAT);

    @Test
    void aRevisionKeepsThePromotionTheCustomerWasGivenUntilItIsReplaced() {
        // given: the first version, drafted with the code as the rep typed it
        List<QuoteLine> fifty = List.of(
                new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2)),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)));
        Quote drafted = Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, DAY.plusDays(30), fifty,
                List.of(" spring10"), PRICER, MONDAY).aggregate();
        QuoteVersion v1 = drafted.current();
        assertEquals(List.of("SPRING10"), v1.promotionCodes());
        assertEquals(PRICER.price(PricingFixtures.acme(), Money.currency("EUR"), DAY, fifty, List.of("SPRING10")), v1.priced(),
                "the quote prices as the pricer does with the code");
        // 8000.00 + 500.00 = 8500.00 less 10% = 7650.00: 800.00 off the servers, 50.00 off the seats
        assertEquals(List.of(eur("7200.00"), eur("450.00")), nets(v1));
        assertEquals(new PriceStep(Stage.NET, "promotion:SPRING10", lastStep(v1, 0).explain(), eur("7200.00")), lastStep(v1, 0));

        // when: presented, then revised for 100 seats without naming a code
        Quote presented = drafted.submit(false, MONDAY.plusSeconds(60)).aggregate().present(MONDAY.plusSeconds(120)).aggregate();
        List<QuoteLine> hundred = List.of(
                new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2)),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 100)));
        Quote revised = presented.revise(hundred, DAY.plusDays(7), DAY.plusDays(37), PRICER, MONDAY.plusSeconds(7 * 86_400)).aggregate();

        // then: the new version still has the code and its step
        QuoteVersion v2 = revised.current();
        assertEquals(2, v2.number());
        assertEquals(List.of("SPRING10"), v2.promotionCodes());
        // 8000.00 + 1000.00 = 9000.00 less 10% = 8100.00: 800.00 off the servers, 100.00 off the seats
        assertEquals(List.of(eur("7200.00"), eur("900.00")), nets(v2));
        assertEquals("promotion:SPRING10", lastStep(v2, 1).source());
        assertEquals(eur("900.00"), lastStep(v2, 1).amount());
        // tax 19% of 7200.00 = 1368.00 and 7% of 900.00 = 63.00
        assertEquals(eur("9531.00"), v2.priced().totals().grandTotal());
        QuoteDiff moreSeats = QuoteDiff.between(v1, v2);
        assertEquals(List.of(), moreSeats.promotionsAdded());
        assertEquals(List.of(), moreSeats.promotionsRemoved());
        assertEquals(List.of("quantity", "net"), moreSeats.changed().get(0).fields());
        assertEquals(eur("450.00"), moreSeats.netDelta());

        // when: the welcome discount replaces the campaign
        Quote swapped = revised.submit(false, MONDAY.plusSeconds(8 * 86_400)).aggregate()
                .revise(hundred, List.of("WELCOME5"), DAY.plusDays(14), DAY.plusDays(44), PRICER, MONDAY.plusSeconds(14 * 86_400)).aggregate();

        // then: 9000.00 less 5% = 8550.00, 400.00 off the servers and 50.00 off the seats; earlier versions untouched
        QuoteVersion v3 = swapped.current();
        assertEquals(List.of("WELCOME5"), v3.promotionCodes());
        assertEquals(List.of(eur("7600.00"), eur("950.00")), nets(v3));
        assertEquals("promotion:WELCOME5", lastStep(v3, 0).source());
        assertEquals(List.of("SPRING10"), swapped.versionNumber(2).promotionCodes());
        QuoteDiff newCode = QuoteDiff.between(v2, v3);
        assertEquals(List.of("WELCOME5"), newCode.promotionsAdded());
        assertEquals(List.of("SPRING10"), newCode.promotionsRemoved());
        assertEquals(List.of(), newCode.changed().stream().filter(c -> !c.fields().equals(List.of("net"))).toList(), "only the nets moved");
        assertEquals(eur("450.00"), newCode.netDelta());
        assertEquals(List.of("SPRING10"), QuoteDiff.between(v3, v2).promotionsAdded());
    }

    private static List<Money> nets(QuoteVersion version) {
        return version.priced().lines().stream().map(l -> l.price().net()).toList();
    }

    private static PriceStep lastStep(QuoteVersion version, int line) {
        LinePrice price = version.priced().lines().get(line).price();
        return price.steps().get(price.steps().size() - 1);
    }
}
