package io.crmkit.testkit.memory;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** {@link PriceHistory} in a list; accounts of one segment are similar. */
final class MemoryPriceHistory implements PriceHistory {

    private final List<PaidPrice> paid = new ArrayList<>();
    private final Map<AccountId, String> segments = new HashMap<>();

    static String requireSegment(String segment) {
        Objects.requireNonNull(segment, "segment");
        if (segment.isBlank() || segment.length() > 100) {
            throw new IllegalArgumentException("segment must have 1 to 100 characters but was '" + segment + "'");
        }
        return segment;
    }

    synchronized void record(PaidPrice price) {
        paid.add(price);
    }

    synchronized void segment(AccountId account, String segment) {
        segments.put(account, segment);
    }

    @Override
    public synchronized List<PaidPrice> paidBy(AccountId account, ProductId product) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(product, "product");
        return newestFirst(product, p -> p.account().equals(account));
    }

    @Override
    public synchronized List<PaidPrice> paidBySimilar(AccountId account, ProductId product) {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(product, "product");
        String segment = segments.get(account);
        if (segment == null) {
            return List.of();
        }
        return newestFirst(product, p -> !p.account().equals(account) && segment.equals(segments.get(p.account())));
    }

    private List<PaidPrice> newestFirst(ProductId product, Predicate<PaidPrice> who) {
        List<PaidPrice> found = new ArrayList<>();
        for (int i = paid.size() - 1; i >= 0; i--) {
            PaidPrice p = paid.get(i);
            if (p.product().equals(product) && who.test(p)) {
                found.add(p);
            }
        }
        found.sort(Comparator.comparing(PaidPrice::date).reversed());
        return List.copyOf(found);
    }
}
