package io.crmkit.pricing.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ProductId;

import java.util.List;

/** What accounts paid before, so a sales rep sees a reference next to a new price. */
public interface PriceHistory {

    /** What {@code account} paid for {@code product}, newest first. */
    List<PaidPrice> paidBy(AccountId account, ProductId product);

    /** What accounts the host considers similar to {@code account} (same industry, size, region) paid for {@code product}. */
    List<PaidPrice> paidBySimilar(AccountId account, ProductId product);
}
