package io.crmkit.pricing.waterfall;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.catalog.Bundle;
import io.crmkit.pricing.catalog.BundleComponent;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.ContractedPrice;
import io.crmkit.pricing.pricebook.ContractedPrices;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.GLOBEX;
import static io.crmkit.pricing.PricingFixtures.LAUNCH;
import static io.crmkit.pricing.PricingFixtures.OLD_SERVER;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.STARTER_KIT;
import static io.crmkit.pricing.PricingFixtures.SUPPORT;
import static io.crmkit.pricing.PricingFixtures.eur;
import static io.crmkit.pricing.PricingFixtures.product;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Golden waterfalls of the documented CPQ order options, worked out by hand in each test. */
final class WaterfallTest {

    private static final ProductId WIDGET = ProductId.of("01900000-0000-7000-8000-0000000000b1");
    private static final Catalog WIDGETS = Catalog.builder().product(product(WIDGET, "WIDGET", "40.00", "parts")).build();
    private static final PriceBook WIDGET_BOOK = PriceBook.builder("standard", "Standard").price(WIDGET, eur("100.00"), LAUNCH).build();
    private static final PriceRules GOLD_TEN = PriceRules.builder("rules", 1)
            .rule("gold-10", r -> r.name("Gold accounts").when(Condition.accountTier(Tier.GOLD)).then(PriceAction.discount(Percentage.of(10))))
            .build();
    private static final Buyer PARTNER_SALE = PricingFixtures.acme().throughChannel(Percentage.of(10), Percentage.of(5));

    private static LinePrice widget(WaterfallOptions options) {
        PricingEngine engine = PricingEngine.builder(WIDGETS, WIDGET_BOOK).rules(GOLD_TEN).options(options).build();
        LineRequest line = LineRequest.of("1", WIDGET, 1).withDiscount(ManualDiscount.amountPerUnit(eur("5.00")));
        return engine.price(new PricingRequest(PARTNER_SALE, Money.currency("EUR"), DAY, List.of(line))).lines().get(0);
    }

    @Test
    void defaultOrderIsListRegularCustomerPartnerNet() {
        // 100.00 list -> 90.00 (gold 10%) -> 85.00 (5.00 off) -> 76.50 (partner 10%) -> 72.675 -> 72.68 (distributor 5%)
        LinePrice line = widget(WaterfallOptions.ofDefaults());
        assertEquals(List.of(eur("100.00"), eur("90.00"), eur("85.00"), eur("76.50"), eur("72.68")),
                line.steps().stream().map(PriceStep::amount).toList());
        assertEquals(List.of("price-book:standard", "rule:gold-10", "manual", "partner", "distributor"),
                line.steps().stream().map(PriceStep::source).toList());
        assertEquals(eur("90.00"), line.amountAt(Stage.REGULAR));
        assertEquals(eur("85.00"), line.amountAt(Stage.CUSTOMER));
        assertEquals(eur("76.50"), line.amountAt(Stage.PARTNER));
        assertEquals(eur("72.68"), line.net());
        assertEquals(eur("27.32"), line.discount());
        assertEquals(eur("32.68"), line.margin());
    }

    @Test
    void additionalDiscountLastAppliesTheManualDiscountAfterPartnerAndDistributor() {
        // 100.00 -> 90.00 (gold) -> 81.00 (partner) -> 76.95 (distributor) -> 71.95 (5.00 off)
        LinePrice line = widget(WaterfallOptions.ofDefaults().withAdditionalDiscountLast(true));
        assertEquals(List.of(eur("100.00"), eur("90.00"), eur("81.00"), eur("76.95"), eur("71.95")),
                line.steps().stream().map(PriceStep::amount).toList());
        assertEquals(List.of(Stage.LIST, Stage.REGULAR, Stage.PARTNER, Stage.NET, Stage.CUSTOMER), line.stageOrder());
    }

    @Test
    void partnerDiscountFirstTakesThePartnerDiscountOffList() {
        // 100.00 -> 90.00 (partner 10% off list) -> 81.00 (gold 10%) -> 76.00 (5.00 off) -> 72.20 (distributor 5%)
        LinePrice line = widget(WaterfallOptions.ofDefaults().withPartnerDiscountFirst(true));
        assertEquals(List.of(eur("100.00"), eur("90.00"), eur("81.00"), eur("76.00"), eur("72.20")),
                line.steps().stream().map(PriceStep::amount).toList());
        assertEquals(List.of(Stage.LIST, Stage.PARTNER, Stage.REGULAR, Stage.CUSTOMER, Stage.NET), line.stageOrder());
        assertEquals("partner discount 10% off the list", line.steps().get(1).explain());
    }

    @Test
    void stagesWithoutChangesCarryThePreviousAmount() {
        PricingEngine engine = PricingEngine.builder(WIDGETS, WIDGET_BOOK).build();
        LinePrice line = engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY,
                List.of(LineRequest.of("1", WIDGET, 3)))).lines().get(0);
        assertEquals(1, line.steps().size());
        for (Stage s : Stage.values()) {
            assertEquals(eur("300.00"), line.amountAt(s), s.name());
        }
        assertEquals(Optional.of(Percentage.of(60)), line.marginPercent());
        assertEquals(Percentage.ZERO, line.discountPercent());
    }

    private static PricingEngine fixtureEngine(PriceRules rules, ContractedPrices contracts) {
        return PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook()).rules(rules).contractedPrices(contracts)
                .schedule(Category.of("software"), DiscountSchedule.builder("seats", DiscountSchedule.Method.SLAB)
                        .tier(1, 100, TierDiscount.percent(0)).tier(100, 500, TierDiscount.percent(10)).tierFrom(500, TierDiscount.percent(25))
                        .build())
                .build();
    }

    private static PricedLines price(PricingEngine engine, Buyer buyer, LineRequest... lines) {
        return engine.price(new PricingRequest(buyer, Money.currency("EUR"), DAY, List.of(lines)));
    }

    @Test
    void contractedPriceReplacesSchedulesAndRules() {
        ContractedPrices contracts = ContractedPrices.of(List.of(new ContractedPrice(ACME, SERVER, eur("3500.00"), LAUNCH, Optional.empty())));
        PricedLines priced = price(fixtureEngine(GOLD_TEN, contracts), PricingFixtures.acme(), LineRequest.of("1", SERVER, 2));
        LinePrice line = priced.lines().get(0);
        assertEquals(eur("7000.00"), line.net());
        assertEquals(List.of("price-book:standard", "contract"), line.steps().stream().map(PriceStep::source).toList());
        // Globex has no contract: gold 10% off 8000.00
        PricedLines globex = price(fixtureEngine(GOLD_TEN, contracts), Buyer.of(GLOBEX, Tier.GOLD, "EMEA", "direct"), LineRequest.of("1", SERVER, 2));
        assertEquals(eur("7200.00"), globex.lines().get(0).net());
    }

    @Test
    void categoryScheduleThenRules() {
        // 600 seats at 10.00: slab 99 x 10 + 400 x 9 + 101 x 7.50 = 990 + 3600 + 757.50 = 5347.50; then gold 10% = 4812.75
        PricedLines priced = price(fixtureEngine(GOLD_TEN, ContractedPrices.none()), PricingFixtures.acme(), LineRequest.of("seats", SEAT, 600));
        LinePrice line = priced.lines().get(0);
        assertEquals(List.of(eur("6000.00"), eur("5347.50"), eur("4812.75")), line.steps().stream().map(PriceStep::amount).toList());
        assertEquals("schedule:seats", line.steps().get(1).source());
        assertEquals("99 in [1, 100) 0% off, 400 in [100, 500) 10% off, 101 in [500, ...) 25% off", line.steps().get(1).explain());
        assertEquals("Gold accounts: 10% off", line.steps().get(2).explain());
    }

    @Test
    void floorKeepsRulesAboveCostPlusMinimumMarginUnlessApproved() {
        PriceRules clearance = PriceRules.builder("rules", 1)
                .rule("clearance", r -> r.when(Condition.product(SERVER)).then(PriceAction.setPrice(eur("3000.00"))))
                .minimumMargin(Percentage.of(25))
                .build();
        PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook()).rules(clearance)
                .options(WaterfallOptions.ofDefaults().withMarginWarningBelow(Percentage.of(25))).build();
        // floor: 2400.00 cost / (1 - 25%) = 3200.00
        LinePrice floored = price(engine, PricingFixtures.acme(), LineRequest.of("1", SERVER, 1)).lines().get(0);
        assertEquals(List.of(eur("4000.00"), eur("3000.00"), eur("3200.00")), floored.steps().stream().map(PriceStep::amount).toList());
        assertEquals("floor", floored.steps().get(2).source());
        assertEquals(List.of(), floored.warnings());
        LinePrice approved = price(engine, PricingFixtures.acme(), LineRequest.of("1", SERVER, 1).withBelowFloorApproved()).lines().get(0);
        assertEquals(eur("3000.00"), approved.net());
        assertEquals(List.of(PricingWarning.Kind.BELOW_FLOOR, PricingWarning.Kind.LOW_MARGIN),
                approved.warnings().stream().map(PricingWarning::kind).toList());
        assertEquals("line 1 (SRV-R740): margin 20% is below 25%", approved.warnings().get(1).message());
    }

    @Test
    void aFixedPriceBundleIsAllocatedOverItsComponentsWithoutLosingACent() {
        // 4333.33 over server 4000.00 and 4 disks 4 x 150.00 = 600.00: 3768.113.. and 565.217..; the spare cent goes
        // to the larger remainder (the disks)
        PricedLines priced = price(fixtureEngine(PriceRules.none(), ContractedPrices.none()), PricingFixtures.acme(),
                LineRequest.of("kit", STARTER_KIT, 1));
        LinePrice kit = priced.lines().get(0);
        assertEquals(eur("4333.33"), kit.net());
        assertEquals(List.of(new ComponentShare(SERVER, 1, eur("3768.11")), new ComponentShare(DISK, 4, eur("565.22"))), kit.components());
        assertEquals(eur("2720.00"), kit.cost());
        // with the optional support: weights 4000, 600, 500
        LinePrice withSupport = price(fixtureEngine(PriceRules.none(), ContractedPrices.none()), PricingFixtures.acme(),
                LineRequest.of("kit", STARTER_KIT, 3).withOptions(SUPPORT)).lines().get(0);
        assertEquals(withSupport.net(), Money.total(Money.currency("EUR"), withSupport.components().stream().map(ComponentShare::amount).toList()));
        assertEquals(List.of(3L, 12L, 3L), withSupport.components().stream().map(ComponentShare::quantity).toList());
    }

    @Test
    void aSumOfComponentsBundleCostsWhatItsComponentsCost() {
        ProductId kitId = ProductId.of("01900000-0000-7000-8000-0000000000c1");
        Catalog catalog = Catalog.builder().product(product(SERVER, "SRV", "2400.00", "hw")).product(product(DISK, "SSD", "80.00", "hw"))
                .product(product(kitId, "KIT", "0.00", "hw"))
                .bundle(new Bundle(kitId, List.of(BundleComponent.required(SERVER, 1), BundleComponent.required(DISK, 2)),
                        Bundle.BundlePricing.SUM_OF_COMPONENTS))
                .build();
        PricingEngine engine = PricingEngine.builder(catalog, PricingFixtures.standardBook()).build();
        LinePrice line = price(engine, PricingFixtures.acme(), LineRequest.of("k", kitId, 2)).lines().get(0);
        // (4000.00 + 2 x 150.00) x 2
        assertEquals(eur("8600.00"), line.list());
        assertEquals("bundle", line.steps().get(0).source());
        assertEquals(List.of(new ComponentShare(SERVER, 2, eur("8000.00")), new ComponentShare(DISK, 4, eur("600.00"))), line.components());
    }

    @Test
    void convertsPricesAndCostsFromAnotherCurrencyWithExplicitRounding() {
        PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .exchangeRates((from, to, date) -> from.getCurrencyCode().equals("EUR") && to.getCurrencyCode().equals("GBP")
                        ? Optional.of(new BigDecimal("0.85337")) : Optional.empty())
                .build();
        PricedLines priced = engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("GBP"), DAY,
                List.of(LineRequest.of("1", SERVER, 3))));
        LinePrice line = priced.lines().get(0);
        // 4000.00 EUR x 0.85337 = 3413.48 GBP each (the EUR entry: the first of EUR and USD); cost 2400 x 0.85337 = 2048.088 -> 2048.09
        assertEquals(Money.of("10240.44", "GBP"), line.list());
        assertEquals(Money.of("6144.27", "GBP"), line.cost());
        assertEquals("price-book:standard converted from 4000.00 EUR", line.steps().get(0).source());
    }

    @Test
    void rejectsBadLinesWithClearErrors() {
        PricingEngine engine = fixtureEngine(PriceRules.none(), ContractedPrices.none());
        ProductId ghost = ProductId.of("01900000-0000-7000-8000-0000000000ff");
        rejects(() -> price(engine, PricingFixtures.acme(), LineRequest.of("7", ghost, 1)), "line 7: unknown product " + ghost);
        rejects(() -> price(engine, PricingFixtures.acme(), LineRequest.of("2", OLD_SERVER, 1)),
                "line 2: product SRV-R730 is not sold on 2026-03-02 (active from 2025-01-01 until 2026-01-01)");
        rejects(() -> LineRequest.of("3", SERVER, -1), "quantity of line 3 must be positive but was -1");
        rejects(() -> engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("GBP"), DAY, List.of(LineRequest.of("4", SERVER, 1)))),
                "line 4: price book 'standard' has no price for product SRV-R740 in GBP on 2026-03-02 (it has [EUR, USD] but no exchange rates were given)");
        rejects(() -> price(engine, PricingFixtures.acme(), LineRequest.of("5", SERVER, 1).withOptions(DISK)), "SRV-R740 is not a bundle");
        rejects(() -> price(engine, PricingFixtures.acme(), LineRequest.of("6", SERVER, 1), LineRequest.of("6", DISK, 1)), "line key '6' is used twice");
        rejects(() -> Money.currency("XYZ"), "'XYZ'");
    }

    @Test
    void warnsAboutLowMarginsPerLineAndInTotal() {
        PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .options(WaterfallOptions.ofDefaults().withMarginWarningBelow(Percentage.of(45))).build();
        // server: (4000 - 2400) / 4000 = 40%; disk: (150 - 80) / 150 = 46.67%; total (4150 - 2480) / 4150 = 40.24%
        PricedLines priced = price(engine, PricingFixtures.acme(), LineRequest.of("1", SERVER, 1), LineRequest.of("2", DISK, 1));
        assertEquals(List.of(PricingWarning.Kind.LOW_MARGIN), priced.lines().get(0).warnings().stream().map(PricingWarning::kind).toList());
        assertEquals(List.of(), priced.lines().get(1).warnings());
        assertEquals(1, priced.warnings().size());
        assertTrue(priced.warnings().get(0).message().startsWith("total margin 40.240964% is below 45%"), priced.warnings().get(0).message());
        assertEquals(eur("1670.00"), priced.margin());
    }
}
