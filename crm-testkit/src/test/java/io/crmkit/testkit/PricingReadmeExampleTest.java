package io.crmkit.testkit;

import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalProcess;
import io.crmkit.core.approval.ApprovalRequested;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.approval.ApprovalSubject;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.quote.PricedQuote;
import io.crmkit.pricing.quote.Quote;
import io.crmkit.pricing.quote.QuoteApprovalFacts;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.quote.QuotePricer;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.testkit.memory.InMemoryPricing;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The README's example of the pricing ports, promotion codes and approval events, verbatim. */
final class PricingReadmeExampleTest {

    @Test
    void storesQuoteVersionsPricesWithPromotionCodesAndRecordsApprovalEvents() {
        ProductId server = ProductId.newId();
        LocalDate launch = LocalDate.of(2025, 1, 1);
        LocalDate today = LocalDate.of(2026, 3, 2);
        Instant now = Instant.parse("2026-03-02T09:00:00Z");
        Currency eur = Money.currency("EUR");
        Catalog catalog = Catalog.builder()
                .product(Product.of(server, "SRV-R740", "Rack server", "each", Money.of("2400.00", "EUR"), Category.of("hardware/servers"), launch))
                .build();
        PriceBook book = PriceBook.builder("standard", "Standard").price(server, Money.of("4000.00", "EUR"), launch).build();
        Buyer acme = Buyer.of(AccountId.newId(), Tier.GOLD, "EMEA", "direct");
        List<QuoteLine> lines = List.of(new QuoteLine("Hardware",
                LineRequest.of("1", server, 12).withDiscount(ManualDiscount.percent(Percentage.of(8)))));
        ApprovalPolicy policy = ApprovalPolicy.of("quotes", 1, ApprovalRule.builder("discount")
                .when(ApprovalCondition.greaterThan("discountPercent", "5")).approvedBy("manager").build());

        InMemoryPricing pricing = InMemoryPricing.create()     // or JpaCrmPorts.using(emf).pricing()
                .taxRate(new TaxRate("EMEA", Category.of("hardware"), LocalDate.of(2026, 1, 1), Percentage.of(19)));
        PricingEngine engine = PricingEngine.builder(catalog, book).exchangeRates(pricing.exchangeRates())
                .promotion(new Promotion("SPRING10", today, Optional.empty(), new Promotion.OrderPercent(Percentage.of(10))))
                .build();
        QuotePricer pricer = QuotePricer.of(engine, pricing.taxRates());
        PricedQuote spring = pricer.price(acme, eur, today, lines, List.of("SPRING10"));  // 39744.00 net, 47295.36 with tax

        Quote quote = Quote.draft(QuoteId.newId(), acme, eur, today, today.plusDays(30), lines, pricer, now).aggregate();
        pricing.quotes().save(QuoteSnapshot.of(quote));             // version 1, an immutable snapshot
        assertThrows(ConcurrentUpdateException.class,
                () -> pricing.quotes().save(QuoteSnapshot.of(quote)));  // version 1 is already stored

        Changed<ApprovalProcess> asked = ApprovalProcess.request(ApprovalSubject.of("quote", quote.id() + "/1"), policy,
                QuoteApprovalFacts.of(quote.current()), now);
        asked.events();  // [ApprovalRequested(quote .../1, rules [discount], awaiting manager)], for DomainEvents

        // 48000.00 less the rep's 8% = 44160.00, less 10% = 39744.00; 19% tax = 7551.36
        assertEquals(Money.of("39744.00", "EUR"), spring.totals().net());
        assertEquals(Money.of("47295.36", "EUR"), spring.totals().grandTotal());
        assertEquals(List.of(QuoteSnapshot.of(quote)), pricing.quotes().ofAccount(acme.account()));
        assertEquals(ApprovalRequested.class, asked.events().get(0).getClass());
        assertEquals("manager", assertInstanceOf(ApprovalRequested.class, asked.events().get(0)).awaiting().get(0).level());
    }
}
