package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.PricingFixtures;
import io.crmkit.pricing.discount.Promotion;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.crmkit.pricing.PricingFixtures.DAY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

final class PromotionProperties {

    @Provide
    Arbitrary<List<LineRequest>> lines() {
        return Arbitraries.of(PricingFixtures.SERVER, PricingFixtures.DISK, PricingFixtures.SEAT, PricingFixtures.SUPPORT, PricingFixtures.STARTER_KIT)
                .flatMap((ProductId p) -> Arbitraries.longs().between(1, 300).map(q -> LineRequest.of("x", p, q)))
                .list().ofMinSize(1).ofMaxSize(15).map(list -> {
                    List<LineRequest> keyed = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        keyed.add(LineRequest.of("line-" + i, list.get(i).product(), list.get(i).quantity()));
                    }
                    return keyed;
                });
    }

    @Property(tries = 300)
    void anOrderDiscountIsAllocatedExactlyAndNoLineGoesNegative(@ForAll("lines") List<LineRequest> lines, @ForAll @IntRange(min = 0, max = 100) int percent,
                                                                @ForAll @LongRange(min = 1, max = 10_000_000) long amountCents) {
        PricingEngine engine = PricingEngine.builder(PricingFixtures.catalog(), PricingFixtures.standardBook())
                .promotion(new Promotion("PCT", DAY, Optional.empty(), new Promotion.OrderPercent(Percentage.of(percent))))
                .promotion(new Promotion("AMT", DAY, Optional.empty(), new Promotion.OrderAmount(Money.ofMinor(amountCents, Money.currency("EUR")))))
                .build();
        PricedLines plain = engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY, lines));
        Money total = plain.netTotal();

        PricedLines pct = engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY, lines, List.of("PCT")));
        assertEquals(total.percent(Percentage.of(percent), RoundingMode.HALF_UP), total.minus(pct.netTotal()));

        PricedLines amt = engine.price(new PricingRequest(PricingFixtures.acme(), Money.currency("EUR"), DAY, lines, List.of("AMT")));
        Money amount = Money.ofMinor(amountCents, Money.currency("EUR"));
        assertEquals(amount.isGreaterThan(total) ? total : amount, total.minus(amt.netTotal()));
        for (PricedLines priced : List.of(pct, amt)) {
            for (LinePrice l : priced.lines()) {
                assertFalse(l.net().isNegative());
                if (!l.components().isEmpty()) {
                    assertEquals(l.net(), Money.total(Money.currency("EUR"), l.components().stream().map(ComponentShare::amount).toList()));
                }
            }
        }
    }
}
