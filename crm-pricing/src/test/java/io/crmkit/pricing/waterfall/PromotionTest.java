package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.STARTER_KIT;
import static io.crmkit.pricing.PricingFixtures.SUPPORT;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

final class PromotionTest {

    private static final PricingEngine ENGINE = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
            .promotion(new Promotion("DISKS4", LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 4, 1)),
                    new Promotion.BuyXGetY(SERVER, 1, DISK, 4)))
            .promotion(new Promotion("SPRING10", LocalDate.of(2026, 3, 1), Optional.empty(), new Promotion.OrderPercent(Percentage.of(10))))
            .promotion(new Promotion("THIRD", LocalDate.of(2026, 1, 1), Optional.empty(), new Promotion.OrderAmount(eur("100.00"))))
            .promotion(new Promotion("WINTER", LocalDate.of(2025, 12, 1), Optional.of(LocalDate.of(2026, 3, 1)),
                    new Promotion.OrderPercent(Percentage.of(50))))
            .build();

    private static PricedLines price(List<String> codes, LineRequest... lines) {
        return ENGINE.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY, List.of(lines), codes));
    }

    @Test
    void buyXGetYTakesTheFreeUnitsOffTheirLine() {
        // 2 servers unlock 8 free disks; the order has 10 disks at 150.00: 8 x 150.00 = 1200.00 off
        PricedLines priced = price(List.of("DISKS4"), LineRequest.of("s", SERVER, 2), LineRequest.of("d", DISK, 10));
        LinePrice disks = priced.line("d").orElseThrow();
        assertEquals(eur("300.00"), disks.net());
        PriceStep last = disks.steps().get(disks.steps().size() - 1);
        assertEquals("promotion:DISKS4", last.source());
        assertEquals("buy 1 get 4 free: 1200.00 EUR off this line", last.explain());
        assertEquals(eur("8000.00"), priced.line("s").orElseThrow().net());
        // with only 3 disks, all three are free
        assertEquals(eur("0.00"), price(List.of("disks4"), LineRequest.of("s", SERVER, 1), LineRequest.of("d", DISK, 3)).line("d").orElseThrow().net());
    }

    @Test
    void anOrderDiscountIsAllocatedOverTheLinesWithoutLosingACent() {
        // 100.00 over 3 seats (30.00), 1 disk (150.00) and 1 support (500.00): 680.00 total
        // shares 4.4117.., 22.0588.., 73.5294..: floors 4.41 + 22.05 + 73.52 = 99.98; the 2 cents go to the largest remainders
        // (disk .88, seats .17.. vs support .94): support 73.53, disk 22.06
        PricedLines priced = price(List.of("THIRD"), LineRequest.of("a", SEAT, 3), LineRequest.of("b", DISK, 1), LineRequest.of("c", SUPPORT, 1));
        assertEquals(List.of(eur("25.59"), eur("127.94"), eur("426.47")), priced.lines().stream().map(LinePrice::net).toList());
        assertEquals(eur("580.00"), priced.netTotal());

        // 10% of (4333.33 + 10.00) = 434.33 (434.333 rounded), allocated 4333.33 : 10.00 -> 4343.33 - 434.33
        PricedLines spring = price(List.of("SPRING10"), LineRequest.of("k", STARTER_KIT, 1), LineRequest.of("x", SEAT, 1));
        assertEquals(eur("3909.00"), spring.netTotal());
        // 434.33 x 4333.33 / 4343.33 = 433.33 (433.3300..), x 10.00 / 4343.33 = 0.99 (0.9999..): the spare cent goes to the seat
        assertEquals(List.of(eur("3900.00"), eur("9.00")), spring.lines().stream().map(LinePrice::net).toList());
        assertEquals(spring.line("k").orElseThrow().net(), Money.total(Money.currency("EUR"),
                spring.line("k").orElseThrow().components().stream().map(ComponentShare::amount).toList()));
    }

    @Test
    void codesThatDoNotApplyAreReportedNotThrown() {
        PricedLines priced = price(List.of("NOPE", "WINTER", "DISKS4"), LineRequest.of("x", SEAT, 1));
        assertEquals(List.of("promotion code 'NOPE' is unknown",
                        "promotion WINTER runs from 2025-12-01 until 2026-03-01, not on 2026-03-02",
                        "promotion DISKS4 has nothing to apply to"),
                priced.warnings().stream().map(PricingWarning::message).toList());
        assertEquals(eur("10.00"), priced.netTotal());
        rejects(() -> new Promotion("spring", DAY, Optional.empty(), new Promotion.OrderPercent(Percentage.of(1))), "'spring'");
        rejects(() -> new Promotion.OrderPercent(Percentage.of(101)), "101%");
        rejects(() -> PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .promotion(new Promotion("A", DAY, Optional.empty(), new Promotion.OrderPercent(Percentage.of(1))))
                .promotion(new Promotion("A", DAY, Optional.empty(), new Promotion.OrderPercent(Percentage.of(2)))), "code A is used twice");
    }
}
