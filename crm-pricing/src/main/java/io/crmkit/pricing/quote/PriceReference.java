package io.crmkit.pricing.quote;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * What an account and similar accounts paid for a product before, shown next to a new price.
 *
 * @param lastPaid        the newest price the account itself paid in the currency, if any
 * @param similarMedian   the median unit price similar accounts paid in the currency (half up between two middles), if any
 * @param similarCount    how many similar purchases the median is taken over
 */
public record PriceReference(Optional<PaidPrice> lastPaid, Optional<Money> similarMedian, int similarCount) {

    /** Looks up the reference for {@code account} and {@code product} in {@code currency}. */
    public static PriceReference of(PriceHistory history, AccountId account, ProductId product, Currency currency) {
        Checks.nonNull(history, "history");
        Checks.nonNull(currency, "currency");
        Optional<PaidPrice> last = history.paidBy(account, product).stream()
                .filter(p -> p.unitPrice().currency().equals(currency))
                .max(java.util.Comparator.comparing(PaidPrice::date));
        List<Money> similar = history.paidBySimilar(account, product).stream()
                .map(PaidPrice::unitPrice).filter(m -> m.currency().equals(currency)).sorted().toList();
        Optional<Money> median = Optional.empty();
        if (!similar.isEmpty()) {
            int n = similar.size();
            median = Optional.of(n % 2 == 1 ? similar.get(n / 2)
                    : Money.of(similar.get(n / 2 - 1).amount().add(similar.get(n / 2).amount()).divide(BigDecimal.valueOf(2)),
                    currency, RoundingMode.HALF_UP));
        }
        return new PriceReference(last, median, similar.size());
    }
}
