package io.crmkit.pricing.quote;

import io.crmkit.core.approval.ApprovalFacts;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.waterfall.PricingWarning;

import java.math.BigDecimal;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts approval rules see for a quote version:
 * <ul>
 *   <li>{@code discountPercent}: the total discount off list, in percent</li>
 *   <li>{@code maxLineDiscountPercent}: the largest discount of any line, in percent</li>
 *   <li>{@code netAmount}: the net total (before tax)</li>
 *   <li>{@code marginPercent}: the total margin in percent (absent for a zero net)</li>
 *   <li>{@code linesBelowFloor}: how many lines are under their floor</li>
 *   <li>{@code product}: the SKUs on the quote; {@code currency}: the quote's currency code</li>
 * </ul>
 */
public final class QuoteApprovalFacts {

    private QuoteApprovalFacts() {
    }

    /** The facts of {@code version}. */
    public static ApprovalFacts of(QuoteVersion version) {
        Checks.nonNull(version, "version");
        PricedQuote priced = version.priced();
        ApprovalFacts.Builder facts = ApprovalFacts.builder()
                .number("discountPercent", priced.totals().discountPercent().value())
                .number("netAmount", priced.totals().net().amount());
        priced.totals().marginPercent().ifPresent(m -> facts.number("marginPercent", m.value()));
        BigDecimal maxLine = BigDecimal.ZERO;
        long belowFloor = 0;
        Set<String> skus = new TreeSet<>();
        for (TaxedLine l : priced.lines()) {
            maxLine = maxLine.max(l.price().discountPercent().value());
            belowFloor += l.price().warnings().stream().filter(w -> w.kind() == PricingWarning.Kind.BELOW_FLOOR).count();
            skus.add(l.price().sku());
        }
        return facts.number("maxLineDiscountPercent", maxLine)
                .number("linesBelowFloor", BigDecimal.valueOf(belowFloor))
                .labels("product", skus)
                .labels("currency", Set.of(priced.currency().getCurrencyCode()))
                .build();
    }
}
