package io.crmkit.pricing.pricebook;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The contracted prices of every account, indexed for lookup. Immutable. */
public final class ContractedPrices {

    private static final ContractedPrices NONE = new ContractedPrices(List.of());

    private final Map<AccountId, Map<ProductId, List<ContractedPrice>>> byAccount = new HashMap<>();

    private ContractedPrices(List<ContractedPrice> prices) {
        for (ContractedPrice p : prices) {
            List<ContractedPrice> same = byAccount.computeIfAbsent(p.account(), a -> new HashMap<>())
                    .computeIfAbsent(p.product(), x -> new ArrayList<>());
            for (ContractedPrice other : same) {
                boolean sameCurrency = other.price().currency().equals(p.price().currency());
                boolean overlap = other.until().map(p.from()::isBefore).orElse(true) && p.until().map(other.from()::isBefore).orElse(true);
                Checks.argument(!(sameCurrency && overlap), "contracted prices of account " + p.account() + " for product "
                        + p.product() + " in " + p.price().currency() + " overlap: " + other + " and " + p);
            }
            same.add(p);
        }
    }

    /** No contracted prices. */
    public static ContractedPrices none() {
        return NONE;
    }

    /** The given prices; two of the same account, product and currency may not apply on the same day. */
    public static ContractedPrices of(List<ContractedPrice> prices) {
        return new ContractedPrices(Checks.listOf(prices, "prices"));
    }

    /** The unit price contracted with {@code account} for {@code product} in {@code currency} on {@code date}. */
    public Optional<Money> price(AccountId account, ProductId product, Currency currency, LocalDate date) {
        Map<ProductId, List<ContractedPrice>> products = byAccount.get(account);
        if (products == null) {
            return Optional.empty();
        }
        for (ContractedPrice p : products.getOrDefault(product, List.of())) {
            if (p.price().currency().equals(currency) && p.appliesOn(date)) {
                return Optional.of(p.price());
            }
        }
        return Optional.empty();
    }
}
