package io.crmkit.pricing.rule;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Set;

/**
 * What price rules may look at when pricing one line.
 *
 * @param product       the product
 * @param category      its category
 * @param account       the buying account
 * @param accountTier   the account's tier
 * @param accountGroups the account's price groups ({@code education}, {@code public-sector})
 * @param region        the sales region ({@code EMEA})
 * @param channel       the sales channel ({@code direct}, {@code partner})
 * @param quantity      units on the line
 * @param listPrice     the unit list price, in the quote's currency
 * @param cost          the unit cost, in the quote's currency
 * @param date          the pricing date
 */
public record LineFacts(ProductId product, Category category, AccountId account, Tier accountTier, Set<String> accountGroups,
                        String region, String channel, long quantity, Money listPrice, Money cost, LocalDate date) {

    /** Validates. */
    public LineFacts {
        Checks.nonNull(product, "product");
        Checks.nonNull(category, "category");
        Checks.nonNull(account, "account");
        Checks.nonNull(accountTier, "accountTier");
        accountGroups = Set.copyOf(Checks.nonNull(accountGroups, "accountGroups"));
        Checks.nonNull(region, "region");
        Checks.nonNull(channel, "channel");
        Checks.positive(quantity, "quantity");
        Checks.nonNull(listPrice, "listPrice");
        Checks.nonNull(cost, "cost");
        Checks.nonNull(date, "date");
    }

    /** The quote's currency. */
    public Currency currency() {
        return listPrice.currency();
    }
}
