package io.crmkit.pricing.pricebook;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A unit price agreed with one account for one product, replacing the regular price while it applies.
 *
 * @param account the account
 * @param product the product
 * @param price   the agreed unit price
 * @param from    first day it applies
 * @param until   first day it no longer applies, if any
 */
public record ContractedPrice(AccountId account, ProductId product, Money price, LocalDate from, Optional<LocalDate> until) {

    /** Validates. */
    public ContractedPrice {
        Checks.nonNull(account, "account");
        Checks.nonNull(product, "product");
        Checks.nonNull(price, "price");
        Checks.argument(!price.isNegative(), "contracted price must not be negative but was " + price);
        Checks.nonNull(from, "from");
        Checks.nonNull(until, "until");
        until.ifPresent(u -> Checks.argument(u.isAfter(from), "contracted price must apply for at least a day but until "
                + u + " is not after from " + from));
    }

    /** True if it applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(from) && until.map(date::isBefore).orElse(true);
    }
}
