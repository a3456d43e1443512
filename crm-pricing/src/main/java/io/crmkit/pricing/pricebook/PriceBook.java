package io.crmkit.pricing.pricebook;

import io.crmkit.core.shared.InvalidConfigurationException;
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
import java.util.Set;

/**
 * A named list of unit prices (standard, partner, regional), with entries per currency and effective dates.
 * Two entries of the same product and currency may not apply on the same day.
 *
 * @param id      a short key ({@code standard}, {@code partner-emea})
 * @param name    a display name
 * @param entries the prices
 */
public record PriceBook(String id, String name, List<PriceBookEntry> entries) {

    /**
     * Validates.
     *
     * @throws InvalidConfigurationException naming every pair of overlapping entries
     */
    public PriceBook {
        id = Checks.nonBlank(id, "price book id");
        name = Checks.nonBlank(name, "price book name");
        entries = Checks.listOf(entries, "entries of price book " + id);
        List<String> problems = new ArrayList<>();
        Map<Key, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            PriceBookEntry e = entries.get(i);
            List<Integer> same = byKey.computeIfAbsent(new Key(e.product(), e.price().currency()), k -> new ArrayList<>());
            for (int j : same) {
                if (entries.get(j).overlaps(e)) {
                    problems.add("entries[" + i + "]: price of product " + e.product() + " in " + e.price().currency()
                            + " overlaps entries[" + j + "] (both apply on " + latest(entries.get(j).from(), e.from()) + ")");
                }
            }
            same.add(i);
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("price book '" + id + "'", problems);
        }
    }

    private record Key(ProductId product, Currency currency) {
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** Starts a price book. */
    public static Builder builder(String id, String name) {
        return new Builder(id, name);
    }

    /** The unit list price of {@code product} in {@code currency} on {@code date}, if the book has one. */
    public Optional<Money> price(ProductId product, Currency currency, LocalDate date) {
        for (PriceBookEntry e : entries) {
            if (e.product().equals(product) && e.price().currency().equals(currency) && e.appliesOn(date)) {
                return Optional.of(e.price());
            }
        }
        return Optional.empty();
    }

    /** The currencies in which the book prices {@code product} on {@code date}, in code order. */
    public List<Currency> currenciesOf(ProductId product, LocalDate date) {
        Set<Currency> result = new java.util.TreeSet<>(java.util.Comparator.comparing(Currency::getCurrencyCode));
        for (PriceBookEntry e : entries) {
            if (e.product().equals(product) && e.appliesOn(date)) {
                result.add(e.price().currency());
            }
        }
        return List.copyOf(result);
    }

    /** Builds a {@link PriceBook}. */
    public static final class Builder {
        private final String id;
        private final String name;
        private final List<PriceBookEntry> entries = new ArrayList<>();

        private Builder(String id, String name) {
            this.id = id;
            this.name = name;
        }

        /** A price with no end date. */
        public Builder price(ProductId product, Money price, LocalDate from) {
            entries.add(PriceBookEntry.of(product, price, from));
            return this;
        }

        /** A price from {@code from} until {@code until} (exclusive). */
        public Builder price(ProductId product, Money price, LocalDate from, LocalDate until) {
            entries.add(new PriceBookEntry(product, price, from, Optional.of(until)));
            return this;
        }

        /** The price book. */
        public PriceBook build() {
            return new PriceBook(id, name, entries);
        }
    }
}
