package io.crmkit.pricing.quote;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.ACME;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.GLOBEX;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class QuoteTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final QuoteId ID = QuoteId.of("01900000-0000-7000-8000-0000000000d1");
    private static final LocalDate VALID_UNTIL = DAY.plusDays(30);

    private static List<QuoteLine> lines() {
        return List.of(
                new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2)),
                new QuoteLine("Hardware", LineRequest.of("ssd", DISK, 8).withDiscount(ManualDiscount.percent(Percentage.of(10)))),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)));
    }

    private static Quote drafted() {
        return Quote.draft(ID, PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL, lines(), QuoteFixtures.pricer(), T0).aggregate();
    }

    @Test
    void pricesGroupsTaxAndGrandTotal() {
        Changed<Quote> drafted = Quote.draft(ID, PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL, lines(), QuoteFixtures.pricer(), T0);
        PricedQuote priced = drafted.aggregate().current().priced();
        // hardware: 2 x 4000.00 + 8 x 150.00 x 0.9 = 8000.00 + 1080.00; software: 50 x 10.00
        assertEquals(Map.of("Hardware", eur("9080.00"), "Software", eur("500.00")), priced.totals().groupSubtotals());
        assertEquals(List.of("Hardware", "Software"), List.copyOf(priced.totals().groupSubtotals().keySet()));
        assertEquals(eur("9580.00"), priced.totals().net());
        // tax: 19% of 8000.00 = 1520.00, 19% of 1080.00 = 205.20, 7% of 500.00 = 35.00
        assertEquals(List.of(eur("1520.00"), eur("205.20"), eur("35.00")), priced.lines().stream().map(TaxedLine::tax).toList());
        assertEquals(eur("1760.20"), priced.totals().tax());
        assertEquals(eur("11340.20"), priced.totals().grandTotal());
        assertEquals(eur("120.00"), priced.totals().discount());
        // cost 2 x 2400 + 8 x 80 + 50 x 4 = 5640.00
        assertEquals(eur("3940.00"), priced.totals().margin());
        assertEquals(List.of(new QuoteDrafted(ID, 1, eur("11340.20"), T0)), drafted.events());
        assertEquals(QuoteStatus.DRAFT, drafted.aggregate().status());
    }

    @Test
    void walksTheLifecycleToAccepted() {
        Quote q = drafted();
        Changed<Quote> submitted = q.submit(true, T0.plusSeconds(1));
        assertEquals(QuoteStatus.IN_REVIEW, submitted.aggregate().status());
        Quote approved = submitted.aggregate().approve(T0.plusSeconds(2)).aggregate();
        Quote presented = approved.present(T0.plusSeconds(3)).aggregate();
        Changed<Quote> accepted = presented.accept(VALID_UNTIL, T0.plusSeconds(4));
        assertEquals(QuoteStatus.ACCEPTED, accepted.aggregate().status());
        assertEquals(List.of(new QuoteStatusChanged(ID, 1, QuoteStatus.PRESENTED, QuoteStatus.ACCEPTED, T0.plusSeconds(4))), accepted.events());
        fails(IllegalStateException.class, () -> accepted.aggregate().revise(lines(), DAY, VALID_UNTIL, QuoteFixtures.pricer(), T0),
                "an accepted quote cannot be revised");
        assertEquals(QuoteStatus.APPROVED, q.submit(false, T0).aggregate().status());
    }

    @Test
    void refusesMovesTheLifecycleDoesNotAllow() {
        Quote q = drafted();
        fails(IllegalTransitionException.class, () -> q.present(T0), "cannot move from DRAFT to PRESENTED");
        fails(IllegalTransitionException.class, () -> q.approve(T0), "cannot move from DRAFT to APPROVED");
        Quote presented = q.submit(false, T0).aggregate().present(T0).aggregate();
        fails(IllegalStateException.class, () -> presented.accept(VALID_UNTIL.plusDays(1), T0), "was valid until 2026-04-01",
                "cannot be accepted on 2026-04-02");
        fails(IllegalStateException.class, () -> presented.edit(lines(), DAY, VALID_UNTIL, QuoteFixtures.pricer(), T0), "only a draft may be edited");
        fails(IllegalStateException.class, () -> q.revise(lines(), DAY, VALID_UNTIL, QuoteFixtures.pricer(), T0), "edit the draft instead");
    }

    @Test
    void expiresOnlyAfterItsValidity() {
        Quote presented = drafted().submit(false, T0).aggregate().present(T0).aggregate();
        assertSame(presented, presented.expireIfDue(VALID_UNTIL, T0).aggregate());
        assertFalse(presented.expireIfDue(VALID_UNTIL, T0).changed());
        Changed<Quote> expired = presented.expireIfDue(VALID_UNTIL.plusDays(1), T0);
        assertEquals(QuoteStatus.EXPIRED, expired.aggregate().status());
        Quote accepted = presented.accept(DAY, T0).aggregate();
        assertFalse(accepted.expireIfDue(VALID_UNTIL.plusDays(1), T0).changed(), "an accepted quote does not expire");
    }

    @Test
    void revisionKeepsEarlierVersionsAsTheyWereAndDiffsThem() {
        Quote presented = drafted().submit(false, T0).aggregate().present(T0).aggregate();
        QuoteVersion v1 = presented.current();
        List<QuoteLine> changed = List.of(
                new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 3)),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)),
                new QuoteLine("Services", LineRequest.of("support", PricingFixtures.SUPPORT, 1)));
        Changed<Quote> revised = presented.revise(changed, DAY.plusDays(5), VALID_UNTIL.plusDays(5), QuoteFixtures.pricer(), T0.plusSeconds(60));
        Quote q = revised.aggregate();
        assertEquals(QuoteStatus.DRAFT, q.status());
        assertEquals(2, q.versions().size());
        assertSame(v1, q.versionNumber(1));
        assertEquals(v1, presented.current());
        assertEquals(List.of(new QuoteRevised(ID, 2, 1, QuoteStatus.PRESENTED, q.current().priced().totals().grandTotal(), T0.plusSeconds(60))),
                revised.events());

        QuoteDiff diff = QuoteDiff.between(q.versionNumber(1), q.versionNumber(2));
        assertEquals(List.of("support"), diff.added().stream().map(LineChange::key).toList());
        assertEquals(List.of("ssd"), diff.removed().stream().map(LineChange::key).toList());
        assertEquals(eur("-1080.00"), diff.removed().get(0).netDelta());
        assertEquals(1, diff.changed().size());
        assertEquals(List.of("quantity", "net"), diff.changed().get(0).fields());
        assertEquals(eur("4000.00"), diff.changed().get(0).netDelta());
        // +4000.00 server, -1080.00 disks, +500.00 support
        assertEquals(eur("3420.00"), diff.netDelta());
        // tax: +760.00 - 205.20 + 95.00
        assertEquals(eur("649.80"), diff.taxDelta());
        assertEquals(eur("4069.80"), diff.grandTotalDelta());
        assertTrue(QuoteDiff.between(v1, v1).isEmpty());
        rejects(() -> q.versionNumber(3), "has versions 1 to 2, not 3");
    }

    @Test
    void aTaxRateIsRequiredForEveryLine() {
        Buyer apac = Buyer.of(GLOBEX, Tier.SILVER, "APAC", "direct");
        rejects(() -> Quote.draft(ID, apac, Money.currency("EUR"), DAY, VALID_UNTIL, lines(), QuoteFixtures.pricer(), T0),
                "line srv: no tax rate for region APAC and category hardware/servers on 2026-03-02");
        rejects(() -> Quote.draft(ID, PricingFixtures.acme(), Money.currency("EUR"), DAY, DAY.minusDays(1), lines(), QuoteFixtures.pricer(), T0),
                "validUntil 2026-03-01 must not be before the pricing date 2026-03-02");
    }

    @Test
    void referencesWhatTheAccountAndSimilarAccountsPaid() {
        PriceHistory history = new PriceHistory() {
            @Override
            public List<PaidPrice> paidBy(io.crmkit.core.party.AccountId account, io.crmkit.core.shared.ProductId product) {
                return List.of(new PaidPrice(ACME, SERVER, eur("3700.00"), 2, LocalDate.of(2025, 5, 1)),
                        new PaidPrice(ACME, SERVER, eur("3650.00"), 1, LocalDate.of(2025, 11, 1)),
                        new PaidPrice(ACME, SERVER, Money.of("4100.00", "USD"), 1, LocalDate.of(2026, 1, 1)));
            }

            @Override
            public List<PaidPrice> paidBySimilar(io.crmkit.core.party.AccountId account, io.crmkit.core.shared.ProductId product) {
                return List.of(new PaidPrice(GLOBEX, SERVER, eur("3900.00"), 1, DAY), new PaidPrice(GLOBEX, SERVER, eur("3500.00"), 4, DAY),
                        new PaidPrice(GLOBEX, SERVER, eur("3600.01"), 1, DAY), new PaidPrice(GLOBEX, SERVER, eur("3800.00"), 1, DAY));
            }
        };
        PriceReference ref = PriceReference.of(history, ACME, SERVER, Money.currency("EUR"));
        assertEquals(Optional.of(eur("3650.00")), ref.lastPaid().map(PaidPrice::unitPrice));
        // sorted 3500.00, 3600.01, 3800.00, 3900.00: (3600.01 + 3800.00) / 2 = 3700.005 -> 3700.01
        assertEquals(Optional.of(eur("3700.01")), ref.similarMedian());
        assertEquals(4, ref.similarCount());
    }
}
