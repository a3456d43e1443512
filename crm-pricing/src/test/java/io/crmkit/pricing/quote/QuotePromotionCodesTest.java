package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.PricingWarning;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.Expect.fails;
import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static io.crmkit.pricing.PricingFixtures.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class QuotePromotionCodesTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate VALID_UNTIL = DAY.plusDays(30);
    private static final Promotion SPRING = new Promotion("SPRING10", LocalDate.of(2026, 3, 1), Optional.of(LocalDate.of(2026, 4, 1)),
            new Promotion.OrderPercent(Percentage.of(10)));
    private static final QuotePricer PRICER = QuotePricer.of(PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
            .promotion(SPRING).build(), QuoteFixtures.VAT);
    private static final List<QuoteLine> LINES = List.of(
            new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2)),
            new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)));

    private static Quote draft(List<String> codes) {
        return Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL, LINES, codes, PRICER, T0).aggregate();
    }

    @Test
    void aQuoteWithoutCodesRecordsNone() {
        Quote plain = Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL, LINES, PRICER, T0).aggregate();
        assertEquals(List.of(), plain.current().promotionCodes());
        assertEquals(eur("8500.00"), plain.current().priced().totals().net());
        QuoteVersion v = plain.current();
        assertEquals(List.of(), new QuoteVersion(1, DAY, VALID_UNTIL, v.lines(), v.priced(), T0).promotionCodes());
    }

    @Test
    void editingTheDraftKeepsItsCodesUnlessNewOnesAreGiven() {
        Quote drafted = draft(List.of("SPRING10"));
        List<QuoteLine> more = List.of(
                new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 3)),
                new QuoteLine("Software", LineRequest.of("seats", SEAT, 50)));

        Quote edited = drafted.edit(more, DAY, VALID_UNTIL, PRICER, T0.plusSeconds(60)).aggregate();
        Quote withoutCodes = edited.edit(more, List.of(), DAY, VALID_UNTIL, PRICER, T0.plusSeconds(120)).aggregate();

        // 12000.00 + 500.00 = 12500.00 less 10% = 11250.00
        assertEquals(List.of("SPRING10"), edited.current().promotionCodes());
        assertEquals(eur("11250.00"), edited.current().priced().totals().net());
        assertEquals(List.of(), withoutCodes.current().promotionCodes());
        assertEquals(eur("12500.00"), withoutCodes.current().priced().totals().net());
        assertEquals(1, withoutCodes.versions().size());
    }

    @Test
    void anUnknownCodeIsKeptChangesNoPriceAndIsAWarningAsThePricerReportsIt() {
        Quote unknown = draft(List.of("winter99"));

        assertEquals(List.of("WINTER99"), unknown.current().promotionCodes());
        assertEquals(eur("8500.00"), unknown.current().priced().totals().net());
        assertEquals(List.of(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion code 'WINTER99' is unknown")),
                unknown.current().priced().warnings());
    }

    @Test
    void aKeptCodeThatNoLongerRunsOnTheRevisionsDateTakesNothingOffAndWarns() {
        Quote presented = draft(List.of("SPRING10")).submit(false, T0).aggregate().present(T0).aggregate();
        LocalDate april = LocalDate.of(2026, 4, 2);

        QuoteVersion late = presented.revise(LINES, april, april.plusDays(30), PRICER, T0.plusSeconds(31 * 86_400)).aggregate().current();

        assertEquals(List.of("SPRING10"), late.promotionCodes());
        assertEquals(eur("8500.00"), late.priced().totals().net());
        assertEquals(List.of(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED,
                "promotion SPRING10 runs from 2026-03-01 until 2026-04-01, not on 2026-04-02")), late.priced().warnings());
    }

    @Test
    void theDiffReportsACodeAddedEvenWhenNoPriceMoved() {
        Quote presented = Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL, LINES, PRICER, T0)
                .aggregate().submit(false, T0).aggregate().present(T0).aggregate();
        Quote revised = presented.revise(LINES, List.of("WINTER99", "SPRING10"), DAY, VALID_UNTIL, PRICER, T0.plusSeconds(60)).aggregate();
        Quote unknownOnly = presented.revise(LINES, List.of("WINTER99"), DAY, VALID_UNTIL, PRICER, T0.plusSeconds(60)).aggregate();

        QuoteDiff both = QuoteDiff.between(revised.versionNumber(1), revised.versionNumber(2));
        QuoteDiff noPriceChange = QuoteDiff.between(unknownOnly.versionNumber(1), unknownOnly.versionNumber(2));

        assertEquals(List.of("WINTER99", "SPRING10"), both.promotionsAdded());
        assertEquals(List.of(), both.promotionsRemoved());
        assertEquals(eur("-850.00"), both.netDelta());
        assertEquals(List.of("WINTER99"), noPriceChange.promotionsAdded());
        assertTrue(noPriceChange.netDelta().isZero());
        assertFalse(noPriceChange.isEmpty(), "a code added is a change");
        assertEquals(List.of("WINTER99"), QuoteDiff.between(unknownOnly.versionNumber(2), unknownOnly.versionNumber(1)).promotionsRemoved());
        assertTrue(QuoteDiff.between(revised.current(), revised.current()).isEmpty());
    }

    @Test
    void rejectsBlankMalformedAndRepeatedCodesNamingThem() {
        rejects(() -> draft(List.of("SPRING10", "  ")), "promotionCodes[1] must not be blank but was '  '");
        rejects(() -> draft(List.of("")), "promotionCodes[0] must not be blank");
        rejects(() -> draft(List.of("SPRING10", "spring10 ")), "promotionCodes[1]", "'spring10 ' is given twice", "'SPRING10' at 0");
        rejects(() -> draft(List.of("SPRING 10")), "promotionCodes[0]", "but was 'SPRING 10'");
        rejects(() -> draft(List.of("10%OFF")), "but was '10%OFF'");
        rejects(() -> draft(List.of("X".repeat(33))), "1 to 32", "X".repeat(33));
        fails(NullPointerException.class, () -> draft(null), "promotionCodes must not be null");
        fails(NullPointerException.class, () -> draft(Arrays.asList("SPRING10", null)), "promotionCodes[1] must not be null");

        Quote presented = draft(List.of("SPRING10")).submit(false, T0).aggregate().present(T0).aggregate();
        rejects(() -> presented.revise(LINES, List.of("WINTER99", "winter99"), DAY, VALID_UNTIL, PRICER, T0), "'winter99' is given twice");
        rejects(() -> new QuoteVersion(2, DAY, VALID_UNTIL, LINES, List.of("\t"), presented.current().priced(), T0), "must not be blank");
        assertThrows(UnsupportedOperationException.class, () -> presented.current().promotionCodes().add("WINTER99"));
    }
}
