package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.waterfall.LineRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.crmkit.pricing.Expect.rejects;
import static io.crmkit.pricing.PricingFixtures.DAY;
import static io.crmkit.pricing.PricingFixtures.DISK;
import static io.crmkit.pricing.PricingFixtures.SERVER;
import static org.junit.jupiter.api.Assertions.assertEquals;

final class QuoteSnapshotTest {

    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private static final LocalDate VALID_UNTIL = DAY.plusDays(30);

    @Test
    void snapshotsTheCurrentOrANamedVersionOfAQuote() {
        Quote drafted = Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL,
                List.of(new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 2))), QuoteFixtures.pricer(), T0).aggregate();
        Quote revised = drafted.submit(true, T0.plusSeconds(1)).aggregate()
                .revise(List.of(new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 3)), new QuoteLine("Hardware", LineRequest.of("ssd", DISK, 4))),
                        DAY, VALID_UNTIL, QuoteFixtures.pricer(), T0.plusSeconds(2)).aggregate();

        QuoteSnapshot current = QuoteSnapshot.of(revised);
        QuoteSnapshot first = QuoteSnapshot.of(revised, 1);

        assertEquals(2, current.number());
        assertEquals(revised.current(), current.version());
        assertEquals(drafted.current(), first.version());
        assertEquals(revised.buyer(), first.buyer());
        rejects(() -> QuoteSnapshot.of(revised, 3), "versions 1 to 2", "not 3");
    }

    @Test
    void rejectsAVersionPricedInAnotherCurrency() {
        Quote quote = Quote.draft(QuoteId.newId(), PricingFixtures.acme(), Money.currency("EUR"), DAY, VALID_UNTIL,
                List.of(new QuoteLine("Hardware", LineRequest.of("srv", SERVER, 1))), QuoteFixtures.pricer(), T0).aggregate();

        rejects(() -> new QuoteSnapshot(quote.id(), quote.buyer(), Money.currency("USD"), quote.current()),
                "priced in EUR", "quote is in USD");
    }
}
