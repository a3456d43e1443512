package io.crmkit.pricing.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;

/**
 * A price an account paid for a product on an accepted quote or order.
 *
 * @param account   who paid
 * @param product   for what
 * @param unitPrice the net unit price
 * @param quantity  how many
 * @param date      when
 */
public record PaidPrice(AccountId account, ProductId product, Money unitPrice, long quantity, LocalDate date) {

    /** Validates. */
    public PaidPrice {
        Checks.nonNull(account, "account");
        Checks.nonNull(product, "product");
        Checks.nonNull(unitPrice, "unitPrice");
        Checks.positive(quantity, "quantity");
        Checks.nonNull(date, "date");
    }
}
