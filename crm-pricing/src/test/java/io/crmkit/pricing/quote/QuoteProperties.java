package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class QuoteProperties {

    @Provide
    Arbitrary<List<QuoteLine>> quoteLines() {
        Arbitrary<QuoteLine> line = Combinators.combine(
                Arbitraries.of(PricingFixtures.SERVER, PricingFixtures.DISK, PricingFixtures.SEAT, PricingFixtures.SUPPORT, PricingFixtures.RACK),
                Arbitraries.longs().between(1, 5_000), Arbitraries.integers().between(0, 100).optional(0.5),
                Arbitraries.of("Hardware", "Software", "Year 1", "Year 2"))
                .as((ProductId product, Long qty, java.util.Optional<Integer> pct, String group) -> {
                    LineRequest r = LineRequest.of("k", product, qty);
                    return new QuoteLine(group, pct.map(p -> r.withDiscount(ManualDiscount.percent(Percentage.of(p)))).orElse(r));
                });
        return line.list().ofMinSize(1).ofMaxSize(20).map(list -> {
            List<QuoteLine> keyed = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                LineRequest r = list.get(i).line();
                keyed.add(new QuoteLine(list.get(i).group(), new LineRequest("line-" + i, r.product(), r.quantity(), r.options(),
                        r.additionalDiscount(), 0, 0, false)));
            }
            return keyed;
        });
    }

    private static Quote quote(List<QuoteLine> lines) {
        return Quote.draft(QuoteId.of("01900000-0000-7000-8000-0000000000d1"), PricingFixtures.acme(), Money.currency("EUR"), DAY,
                DAY.plusDays(30), lines, QuoteFixtures.pricer(), Instant.EPOCH).aggregate();
    }

    @Property(tries = 200)
    void theQuoteTotalIsTheExactSumOfItsLines(@ForAll("quoteLines") List<QuoteLine> lines) {
        PricedQuote priced = quote(lines).current().priced();
        BigDecimal net = BigDecimal.ZERO;
        BigDecimal tax = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
        for (TaxedLine l : priced.lines()) {
            net = net.add(l.price().net().amount());
            tax = tax.add(l.tax().amount());
            gross = gross.add(l.gross().amount());
        }
        assertEquals(net, priced.totals().net().amount());
        assertEquals(tax, priced.totals().tax().amount());
        assertEquals(gross, priced.totals().grandTotal().amount());
        assertEquals(priced.totals().net(), Money.total(Money.currency("EUR"), priced.totals().groupSubtotals().values()));
        assertEquals(2, priced.totals().grandTotal().amount().scale());
    }

    @Property(tries = 100)
    void theDiffOfAVersionWithItselfIsEmptyAndDiffsAreAntisymmetric(@ForAll("quoteLines") List<QuoteLine> a, @ForAll("quoteLines") List<QuoteLine> b) {
        QuoteVersion va = quote(a).current();
        QuoteVersion vb = quote(b).current();
        assertTrue(QuoteDiff.between(va, va).isEmpty());
        QuoteDiff forward = QuoteDiff.between(va, vb);
        QuoteDiff backward = QuoteDiff.between(vb, va);
        assertEquals(forward.grandTotalDelta().negated(), backward.grandTotalDelta());
        assertEquals(forward.added().size(), backward.removed().size());
        assertEquals(forward.changed().size(), backward.changed().size());
        // the line deltas explain the net delta exactly
        Money explained = Money.zero(Money.currency("EUR"));
        for (List<LineChange> changes : List.of(forward.added(), forward.removed(), forward.changed())) {
            for (LineChange c : changes) {
                explained = explained.plus(c.netDelta());
            }
        }
        assertEquals(forward.netDelta(), explained);
    }
}
