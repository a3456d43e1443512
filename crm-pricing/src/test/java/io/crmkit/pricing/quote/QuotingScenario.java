package io.crmkit.pricing.quote;

import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalOutcome;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalProcess;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.UserId;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.ContractedPrice;
import io.crmkit.pricing.pricebook.ContractedPrices;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.Stage;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.LAUNCH;
import static io.crmkit.pricing.PricingFixtures.RACK;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.STARTER_KIT;
import static io.crmkit.pricing.PricingFixtures.SUPPORT;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A data-centre refresh for Acme, a gold account in EMEA buying through a partner: servers at a contracted price,
 * racks, disks on a volume schedule with last year's purchase counted, CRM seats on a Slab schedule and a term
 * discount, a starter kit bundle, and a deep manual discount on support that needs approval. The rep revises the
 * quote after the director's approval; only the rule whose values changed asks again.
 */
final class QuotingScenario {

    private static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");
    private static final UserId REP_MANAGER = UserId.of("01900000-0000-7000-8000-0000000000f1");
    private static final UserId DIRECTOR = UserId.of("01900000-0000-7000-8000-0000000000f2");
    private static final UserId FINANCE = UserId.of("01900000-0000-7000-8000-0000000000f3");

    private static final ApprovalPolicy POLICY = ApprovalPolicy.of("quotes", 1,
            ApprovalRule.builder("deep-discount").name("A line discounted more than 30%, or more than 15% overall above 50,000")
                    .when(ApprovalCondition.greaterThan("maxLineDiscountPercent", "30"))
                    .when(ApprovalCondition.greaterThan("discountPercent", "15"))
                    .when(ApprovalCondition.greaterThan("netAmount", "50000"))
                    .logic("1 OR (2 AND 3)")
                    .approvedBy("manager", "director").build(),
            ApprovalRule.builder("thin-margin").name("Margin under 35%")
                    .when(ApprovalCondition.lessThan("marginPercent", "35"))
                    .approvedBy("finance").build());

    @Test
    void quoteNeedsApprovalIsRevisedAndOnlyTheChangedRuleAsksAgain() {
        // given: Acme's prices and rules
        PriceRules rules = PriceRules.builder("emea", 4)
                .rule("gold", r -> r.name("Gold accounts 5% off hardware").priority(10)
                        .when(Condition.accountTier(Tier.GOLD)).when(Condition.category(Category.of("hardware"))).then(PriceAction.discount(Percentage.of(5))))
                .rule("rack-promo", r -> r.name("Rack spring price").priority(5)
                        .when(Condition.product(RACK)).when(Condition.date(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)))
                        .then(PriceAction.setPrice(eur("850.00"))))
                .minimumMargin(Percentage.of(15))
                .build();
        PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .contractedPrices(ContractedPrices.of(List.of(new ContractedPrice(ACME, SERVER, eur("3600.00"), LAUNCH, Optional.empty()))))
                .schedule(DISK, DiscountSchedule.builder("disk-volume", DiscountSchedule.Method.RANGE)
                        .tier(1, 20, TierDiscount.percent(0)).tier(20, 100, TierDiscount.percent(8)).tierFrom(100, TierDiscount.percent(12))
                        .aggregateAcrossOrders().build())
                .schedule(Category.of("software"), DiscountSchedule.builder("seats", DiscountSchedule.Method.SLAB)
                        .tier(1, 100, TierDiscount.percent(0)).tier(100, 500, TierDiscount.percent(10)).tierFrom(500, TierDiscount.percent(20)).build())
                .schedule(Category.of("software"), DiscountSchedule.termBuilder("seat-term")
                        .tier(0, 12, TierDiscount.percent(0)).tier(12, 36, TierDiscount.percent(5)).tierFrom(36, TierDiscount.percent(10)).build())
                .rules(rules)
                .build();
        QuotePricer pricer = QuotePricer.of(engine, QuoteFixtures.VAT);
        Buyer acme = Buyer.of(ACME, Tier.GOLD, "EMEA", "partner").throughChannel(Percentage.of(5), Percentage.ZERO);
        List<QuoteLine> lines = List.of(
                new QuoteLine("Hardware", LineRequest.of("servers", SERVER, 10)),
                new QuoteLine("Hardware", LineRequest.of("racks", RACK, 2)),
                new QuoteLine("Hardware", LineRequest.of("disks", DISK, 15).withPriorQuantity(90)),
                new QuoteLine("Hardware", LineRequest.of("kit", STARTER_KIT, 1).withOptions(SUPPORT)),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 250).withTermMonths(24)),
                new QuoteLine("Services", LineRequest.of("support", SUPPORT, 10).withDiscount(ManualDiscount.percent(Percentage.of(40)))));

        // when: the rep drafts the quote
        Changed<Quote> drafted = Quote.draft(QuoteId.of("01900000-0000-7000-8000-0000000000d9"), acme, Money.currency("EUR"), DAY,
                DAY.plusDays(30), lines, pricer, MONDAY);
        Quote quote = drafted.aggregate();
        PricedQuote priced = quote.current().priced();

        // then: every line's waterfall, worked out by hand
        // servers: contract 10 x 3600.00 = 36000.00; partner 5% = 34200.00
        assertWaterfall(priced, "servers", List.of("price-book:standard", "contract", "partner"), "40000.00", "36000.00", "34200.00");
        // racks: 2 x 950.00 = 1900.00; spring price 2 x 850.00 = 1700.00 (flat: the gold rule does not run); partner 1615.00
        assertWaterfall(priced, "racks", List.of("price-book:standard", "rule:rack-promo", "partner"), "1900.00", "1700.00", "1615.00");
        // disks: 90 bought before + 15 = 105 is in [100, ...): 15 x 150.00 x 0.88 = 1980.00; gold 5% = 1881.00; partner 1786.95
        assertWaterfall(priced, "disks", List.of("price-book:standard", "schedule:disk-volume", "rule:gold", "partner"),
                "2250.00", "1980.00", "1881.00", "1786.95");
        // kit: fixed 4333.33; gold 5% = 4116.66 (4116.6635); partner 5% = 3910.83 (3910.827)
        assertWaterfall(priced, "kit", List.of("price-book:standard", "rule:gold", "partner"), "4333.33", "4116.66", "3910.83");
        // seats: slab 99 x 10 + 151 x 9 = 2349.00; term 24 months 5%: 2231.55; partner 5% 2119.97 (2119.9725)
        assertWaterfall(priced, "seats", List.of("price-book:standard", "schedule:seats", "schedule:seat-term", "partner"),
                "2500.00", "2349.00", "2231.55", "2119.97");
        // support: 10 x 500.00, 40% manual = 3000.00, partner 5% = 2850.00
        assertWaterfall(priced, "support", List.of("price-book:standard", "manual", "partner"), "5000.00", "3000.00", "2850.00");
        assertEquals(eur("2850.00"), priced.line("support").orElseThrow().price().amountAt(Stage.NET));

        assertEquals(Map.of("Hardware", eur("41512.78"), "Software", eur("2119.97"), "Services", eur("2850.00")), priced.totals().groupSubtotals());
        assertEquals(eur("46482.75"), priced.totals().net());
        // kit components share its net exactly
        assertEquals(eur("3910.83"), Money.total(Money.currency("EUR"),
                priced.line("kit").orElseThrow().price().components().stream().map(c -> c.amount()).toList()));
        // tax per line, 19% on hardware and services, 7% on software: 6498.00 + 306.85 + 339.52 (339.5205) + 743.06 (743.0577)
        // + 148.40 (148.3979) + 541.50
        assertEquals(List.of(eur("6498.00"), eur("306.85"), eur("339.52"), eur("743.06"), eur("148.40"), eur("541.50")),
                priced.lines().stream().map(TaxedLine::tax).toList());
        assertEquals(eur("8577.33"), priced.totals().tax());
        assertEquals(eur("55060.08"), priced.totals().grandTotal());

        // cost: 24000 servers + 600 racks + 1200 disks + 2870 kit (server, 4 disks, support) + 1000 seats + 1500 support
        assertEquals(eur("31170.00"), priced.totals().cost());
        // approvals: support is 43% off (> 30%) -> deep-discount; margin 15312.75 / 46482.75 = 32.94% (< 35%) -> thin-margin
        assertEquals(Optional.of(Percentage.of("32.942866")), priced.totals().marginPercent());
        ApprovalProcess approvals = ApprovalProcess.start(POLICY, QuoteApprovalFacts.of(quote.current()));
        assertEquals(List.of("deep-discount", "thin-margin"), approvals.rules().stream().map(ApprovalRule::id).toList());
        List<DomainEvent> events = new ArrayList<>(drafted.events());
        Changed<Quote> submitted = quote.submit(approvals.isRequired(), MONDAY.plusSeconds(60));
        events.addAll(submitted.events());
        quote = submitted.aggregate();
        assertEquals(QuoteStatus.IN_REVIEW, quote.status());

        approvals = approvals.approve("deep-discount", "manager", REP_MANAGER, "strategic account", MONDAY.plusSeconds(3600))
                .approve("deep-discount", "director", DIRECTOR, "ok, once", MONDAY.plusSeconds(7200))
                .approve("thin-margin", "finance", FINANCE, "hardware refresh pulls services later", MONDAY.plusSeconds(7300));
        assertEquals(ApprovalOutcome.APPROVED, approvals.outcome());
        quote = quote.approve(MONDAY.plusSeconds(7300)).aggregate().present(MONDAY.plusSeconds(7400)).aggregate();

        // the customer asks for 20 more seats: the rep revises; the deep-discount facts (max line discount, total
        // discount, net) changed, so that chain starts again; the margin moved too, so finance is asked again
        List<QuoteLine> revisedLines = new ArrayList<>(lines);
        revisedLines.set(4, new QuoteLine("Software", LineRequest.of("seats", SEAT, 270).withTermMonths(24)));
        Quote revised = quote.revise(revisedLines, DAY.plusDays(3), DAY.plusDays(33), pricer, MONDAY.plusSeconds(86_400)).aggregate();
        QuoteDiff diff = QuoteDiff.between(revised.versionNumber(1), revised.versionNumber(2));
        assertEquals(List.of("seats"), diff.changed().stream().map(LineChange::key).toList());
        // 20 more seats at 9.00 x 0.95 x 0.95 = 162.45 (171.00 -> 162.45 after the term and partner steps)
        assertEquals(eur("162.45"), diff.netDelta());
        ApprovalProcess again = approvals.afterRevision(QuoteApprovalFacts.of(revised.current()));
        assertEquals(List.of("deep-discount/manager", "thin-margin/finance"),
                again.awaiting().stream().map(s -> s.ruleId() + "/" + s.level().name()).toList());

        // a revision that only moves a line between groups keeps every approval
        List<QuoteLine> regrouped = new ArrayList<>(lines);
        regrouped.set(5, new QuoteLine("Hardware", lines.get(5).line()));
        Quote moved = quote.revise(regrouped, DAY, DAY.plusDays(30), pricer, MONDAY.plusSeconds(90_000)).aggregate();
        assertEquals(List.of("group"), QuoteDiff.between(moved.versionNumber(1), moved.versionNumber(2)).changed().get(0).fields());
        assertEquals(ApprovalOutcome.APPROVED, approvals.afterRevision(QuoteApprovalFacts.of(moved.current())).outcome());
        assertEquals(List.of(QuoteDrafted.class, QuoteStatusChanged.class), events.stream().map(Object::getClass).toList());
    }

    private static void assertWaterfall(PricedQuote priced, String key, List<String> sources, String... amounts) {
        List<PriceStep> steps = priced.line(key).orElseThrow().price().steps();
        assertEquals(sources, steps.stream().map(PriceStep::source).toList(), key);
        assertEquals(java.util.Arrays.stream(amounts).map(PricingFixtures::eur).toList(), steps.stream().map(PriceStep::amount).toList(), key);
    }
}
