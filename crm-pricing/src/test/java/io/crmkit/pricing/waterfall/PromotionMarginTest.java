package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A line's margin warning is taken on its net amount after the promotions, the price the customer pays. */
final class PromotionMarginTest {

    private static PricingEngine engine(String marginWarningBelow) {
        return PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .promotion(new Promotion("DEEP30", LocalDate.of(2026, 3, 1), Optional.empty(), new Promotion.OrderPercent(Percentage.of(30))))
                .promotion(new Promotion("DISKS4", LocalDate.of(2026, 3, 1), Optional.empty(), new Promotion.BuyXGetY(SERVER, 1, DISK, 4)))
                .options(WaterfallOptions.ofDefaults().withMarginWarningBelow(Percentage.of(marginWarningBelow))).build();
    }

    private static PricedLines price(PricingEngine engine, List<String> codes, LineRequest... lines) {
        return engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY, List.of(lines), codes));
    }

    private static List<String> lineWarnings(LinePrice line) {
        return line.warnings().stream().map(PricingWarning::message).toList();
    }

    @Test
    void aPromotionThatPushesALineUnderTheThresholdWarnsOnThatLine() {
        // a server lists at 4000.00 and costs 2400.00: 40% margin, above 30%; 30% off the order leaves 2800.00, a margin of
        // 400.00 = 14.285714% of net. A disk lists at 150.00 and costs 80.00: 46.67%; after 30% off, 105.00 - 80.00 = 23.809524%.
        PricedLines priced = price(engine("30"), List.of("DEEP30"), LineRequest.of("srv", SERVER, 1), LineRequest.of("ssd", DISK, 1));

        assertEquals(eur("2800.00"), priced.line("srv").orElseThrow().net());
        assertEquals(List.of("line srv (SRV-R740): margin 14.285714% is below 30%"), lineWarnings(priced.line("srv").orElseThrow()));
        assertEquals(List.of("line ssd (SSD-1TB): margin 23.809524% is below 30%"), lineWarnings(priced.line("ssd").orElseThrow()));
        // without the promotion neither line is below 30%
        PricedLines list = price(engine("30"), List.of(), LineRequest.of("srv", SERVER, 1), LineRequest.of("ssd", DISK, 1));
        assertEquals(List.of(), list.line("srv").orElseThrow().warnings());
        assertEquals(List.of(), list.line("ssd").orElseThrow().warnings());
    }

    @Test
    void aLineAlreadyUnderTheThresholdWarnsOnceWithItsMarginAfterThePromotion() {
        // under a 45% threshold the server (40%) warns before the promotion; after it the warning names 14.285714%, once
        PricedLines priced = price(engine("45"), List.of("DEEP30"), LineRequest.of("srv", SERVER, 1));

        assertEquals(List.of("line srv (SRV-R740): margin 14.285714% is below 45%"), lineWarnings(priced.line("srv").orElseThrow()));
    }

    @Test
    void linesAPromotionDoesNotTouchKeepTheirWarningsAndAGivenAwayLineWarnsWithItsLoss() {
        // buy a server, get 4 disks free: the disks line nets 0.00 and loses its cost, 4 x 80.00; the other lines are untouched
        PricedLines priced = price(engine("30"), List.of("DISKS4"), LineRequest.of("srv", SERVER, 1), LineRequest.of("ssd", DISK, 4),
                LineRequest.of("seat", SEAT, 1));

        assertEquals(eur("0.00"), priced.line("ssd").orElseThrow().net());
        assertEquals(List.of(), priced.line("srv").orElseThrow().warnings());
        assertEquals(List.of(), priced.line("seat").orElseThrow().warnings());
        assertEquals(List.of("line ssd (SSD-1TB): margin -320.00 EUR is below 30%"), lineWarnings(priced.line("ssd").orElseThrow()));
    }
}
