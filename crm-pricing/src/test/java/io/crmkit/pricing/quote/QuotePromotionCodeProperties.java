package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.PricingEngine;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.SEAT;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class QuotePromotionCodeProperties {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final QuotePricer PRICER = QuotePricer.of(PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
            .promotion(new Promotion("SPRING10", LocalDate.of(2026, 3, 1), Optional.empty(), new Promotion.OrderPercent(Percentage.of(10))))
            .promotion(new Promotion("LOYAL5", LocalDate.of(2026, 3, 1), Optional.empty(), new Promotion.OrderPercent(Percentage.of(5))))
            .build(), QuoteFixtures.VAT);
    private static final List<QuoteLine> LINES = List.of(
            new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 3)),
            new QuoteLine("Software", LineRequest.of("seats", SEAT, 75)));

    /** Distinct codes, known and unknown, as a rep might type them: any case, stray blanks around. */
    @Provide
    Arbitrary<List<String>> typedCodes() {
        return Arbitraries.of("SPRING10", "LOYAL5", "WINTER99", "B2B-2026", "VIP_1").set().ofMaxSize(5)
                .flatMap(set -> {
                    List<String> codes = new ArrayList<>(set);
                    return Arbitraries.of("", " ", "\t").list().ofSize(codes.size()).flatMap(pads ->
                            Arbitraries.of(true, false).list().ofSize(codes.size()).map(lower -> {
                                List<String> typed = new ArrayList<>();
                                for (int i = 0; i < codes.size(); i++) {
                                    String c = lower.get(i) ? codes.get(i).toLowerCase(Locale.ROOT) : codes.get(i);
                                    typed.add(pads.get(i) + c + pads.get(i));
                                }
                                return typed;
                            }));
                });
    }

    private static Quote presented(List<String> codes) {
        return Quote.draft(QuoteId.of("01900000-0000-7000-8000-0000000000d2"), PricingFixtures.acme(), Money.currency("EUR"), DAY,
                DAY.plusDays(30), LINES, codes, PRICER, T0).aggregate().submit(false, T0).aggregate().present(T0).aggregate();
    }

    private static List<String> normalized(List<String> typed) {
        return typed.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    }

    @Property(tries = 150)
    void aRevisionWithoutCodesKeepsThemAndPricesExactlyAsTheFirstVersion(@ForAll("typedCodes") List<String> typed) {
        Quote presented = presented(typed);
        Quote revised = presented.revise(LINES, DAY, DAY.plusDays(30), PRICER, T0.plusSeconds(60)).aggregate();

        assertEquals(normalized(typed), presented.current().promotionCodes());
        assertEquals(presented.current().promotionCodes(), revised.current().promotionCodes());
        assertEquals(presented.current().priced(), revised.current().priced());
        assertTrue(QuoteDiff.between(presented.current(), revised.current()).isEmpty());
    }

    @Property(tries = 150)
    void theDiffsCodesTurnTheEarlierCodesIntoTheLaterOnesAndMirrorBackwards(@ForAll("typedCodes") List<String> a,
                                                                          @ForAll("typedCodes") List<String> b) {
        Quote revised = presented(a).revise(LINES, b, DAY, DAY.plusDays(30), PRICER, T0.plusSeconds(60)).aggregate();
        QuoteVersion earlier = revised.versionNumber(1);
        QuoteVersion later = revised.versionNumber(2);

        QuoteDiff forward = QuoteDiff.between(earlier, later);
        QuoteDiff backward = QuoteDiff.between(later, earlier);

        Set<String> rebuilt = new LinkedHashSet<>(earlier.promotionCodes());
        rebuilt.removeAll(forward.promotionsRemoved());
        rebuilt.addAll(forward.promotionsAdded());
        assertEquals(Set.copyOf(later.promotionCodes()), rebuilt);
        assertEquals(forward.promotionsAdded(), backward.promotionsRemoved());
        assertEquals(forward.promotionsRemoved(), backward.promotionsAdded());
    }

    @Property(tries = 300)
    void anyStringIsEitherAValidCodeOrRejectedWithItsValue(@ForAll String code) {
        try {
            List<String> kept = QuoteVersion.promotionCodes(List.of(code));
            assertEquals(List.of(code.strip().toUpperCase(Locale.ROOT)), kept);
            assertTrue(kept.get(0).matches("[A-Z0-9][A-Z0-9_-]{0,31}"), kept.toString());
        } catch (IllegalArgumentException e) {
            assertTrue(e.getMessage().contains("'" + code + "'"), e.getMessage());
        }
    }
}
