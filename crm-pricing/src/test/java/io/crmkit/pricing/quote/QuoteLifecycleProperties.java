package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Money;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.waterfall.LineRequest;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.List;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class QuoteLifecycleProperties {

    enum Action { SUBMIT_FOR_REVIEW, SUBMIT_DIRECTLY, APPROVE, RETURN_TO_DRAFT, PRESENT, ACCEPT, REJECT, EXPIRE, REVISE, EDIT }

    private static final QuotePricer PRICER = QuoteFixtures.pricer();
    private static final List<QuoteLine> LINES = List.of(new QuoteLine("Hardware", LineRequest.of("1", PricingFixtures.SERVER, 1)));

    @Provide
    Arbitrary<List<Action>> actions() {
        return Arbitraries.of(Action.class).list().ofMaxSize(25);
    }

    @Property(tries = 500)
    void noSequenceOfCommandsLeavesTheLifecycleOrChangesAnEarlierVersion(@ForAll("actions") List<Action> actions) {
        Quote quote = Quote.draft(QuoteId.of("01900000-0000-7000-8000-0000000000d1"), PricingFixtures.acme(), Money.currency("EUR"), DAY,
                DAY.plusDays(30), LINES, PRICER, Instant.EPOCH).aggregate();
        for (Action action : actions) {
            Quote before = quote;
            try {
                Changed<Quote> changed = apply(quote, action);
                quote = changed.aggregate();
                if (quote.status() != before.status()) {
                    assertTrue(Quote.LIFECYCLE.allows(before.status(), quote.status()) || action == Action.REVISE,
                            before.status() + " -> " + quote.status() + " by " + action);
                }
            } catch (IllegalStateException refused) { // IllegalTransitionException included: the command was refused
                quote = before;
            }
            // versions are only ever added, and every earlier one is unchanged
            assertTrue(quote.versions().size() >= before.versions().size());
            int frozen = before.status() == QuoteStatus.DRAFT ? before.versions().size() - 1 : before.versions().size();
            assertEquals(before.versions().subList(0, frozen), quote.versions().subList(0, frozen));
        }
    }

    private static Changed<Quote> apply(Quote q, Action action) {
        Instant at = Instant.EPOCH;
        return switch (action) {
            case SUBMIT_FOR_REVIEW -> q.submit(true, at);
            case SUBMIT_DIRECTLY -> q.submit(false, at);
            case APPROVE -> q.approve(at);
            case RETURN_TO_DRAFT -> q.returnToDraft(at);
            case PRESENT -> q.present(at);
            case ACCEPT -> q.accept(DAY, at);
            case REJECT -> q.reject(at);
            case EXPIRE -> q.expireIfDue(DAY.plusDays(31), at);
            case REVISE -> q.revise(LINES, DAY, DAY.plusDays(30), PRICER, at);
            case EDIT -> q.edit(List.of(new QuoteLine("Hardware", LineRequest.of("1", PricingFixtures.SERVER, 2))), DAY, DAY.plusDays(30), PRICER, at);
        };
    }
}
