package io.crmkit.pricing;

import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalProcess;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.quote.Quote;
import io.crmkit.pricing.quote.QuoteApprovalFacts;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.quote.QuotePricer;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingEngine;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The README's pricing example, verbatim. */
final class ReadmeExampleTest {

    @Test
    void pricesAQuoteAndAsksForApproval() {
        ProductId server = ProductId.newId();
        AccountId acmeId = AccountId.newId();
        LocalDate launch = LocalDate.of(2025, 1, 1);
        LocalDate today = LocalDate.of(2026, 3, 2);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");

        Catalog catalog = Catalog.builder()
                .product(Product.of(server, "SRV-R740", "Rack server", "each", Money.of("2400.00", "EUR"), Category.of("hardware/servers"), launch))
                .build();
        PriceBook book = PriceBook.builder("standard", "Standard").price(server, Money.of("4000.00", "EUR"), launch).build();
        PricingEngine engine = PricingEngine.builder(catalog, book)
                .schedule(server, DiscountSchedule.builder("volume", DiscountSchedule.Method.SLAB)
                        .tier(1, 10, TierDiscount.percent(0)).tierFrom(10, TierDiscount.percent(10)).build())
                .rules(PriceRules.builder("emea", 1)
                        .rule("gold", r -> r.when(Condition.accountTier(Tier.GOLD)).then(PriceAction.discount(Percentage.of(5))))
                        .minimumMargin(Percentage.of(15)).build())
                .build();
        QuotePricer pricer = QuotePricer.of(engine, (region, category, date) -> Optional.of(Percentage.of(19)));  // your TaxRates
        Buyer acme = Buyer.of(acmeId, Tier.GOLD, "EMEA", "direct");
        List<QuoteLine> lines = List.of(new QuoteLine("Hardware",
                LineRequest.of("1", server, 12).withDiscount(ManualDiscount.percent(Percentage.of(3)))));
        Quote quote = Quote.draft(QuoteId.newId(), acme, Money.currency("EUR"), today, today.plusDays(30), lines, pricer, now).aggregate();

        LinePrice line = quote.current().priced().lines().get(0).price();
        line.steps();   // 48000.00 list, 46800.00 volume (9 at 0%, 3 at 10%), 44460.00 rule gold, 43126.20 manual 3%
        line.margin();  // 14326.20 EUR
        quote.current().priced().totals().grandTotal();  // 51320.18 EUR (19% tax)

        ApprovalPolicy policy = ApprovalPolicy.of("quotes", 1, ApprovalRule.builder("discount")
                .when(ApprovalCondition.greaterThan("discountPercent", "20"))
                .when(ApprovalCondition.greaterThan("discountPercent", "10"))
                .when(ApprovalCondition.greaterThan("netAmount", "40000"))
                .logic("1 OR (2 AND 3)").approvedBy("manager", "director").build());
        ApprovalProcess approvals = ApprovalProcess.start(policy, QuoteApprovalFacts.of(quote.current()));
        quote = quote.submit(approvals.isRequired(), now).aggregate();   // IN_REVIEW: 10.15% off above 40,000
        approvals.awaiting();  // the manager first, then the director

        assertEquals(List.of("48000.00", "46800.00", "44460.00", "43126.20"),
                line.steps().stream().map(PriceStep::amount).map(m -> m.amount().toPlainString()).toList());
        assertEquals(Money.of("14326.20", "EUR"), line.margin());
        assertEquals(Money.of("51320.18", "EUR"), quote.current().priced().totals().grandTotal());
        assertEquals(io.crmkit.pricing.quote.QuoteStatus.IN_REVIEW, quote.status());
        assertEquals(List.of("manager"), approvals.awaiting().stream().map(s -> s.level().name()).toList());
    }
}
