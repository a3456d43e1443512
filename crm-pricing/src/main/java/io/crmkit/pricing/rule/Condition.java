package io.crmkit.pricing.rule;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.internal.Checks;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** A test on a line; a rule applies when all its conditions hold. Built with the static factories. */
public sealed interface Condition {

    /** True if the condition holds for {@code line}. */
    boolean matches(LineFacts line);

    /**
     * False only if the condition can never hold for a line of {@code product} in {@code category}, whatever the rest
     * of the line; lets an engine skip rules that cannot apply to a product.
     */
    default boolean mayMatch(ProductId product, Category category) {
        return true;
    }

    /** One of the products. */
    static Condition product(ProductId... products) {
        return new ProductIn(Set.of(products));
    }

    /** The category or below it. */
    static Condition category(Category category) {
        return new CategoryWithin(category);
    }

    /** One of the accounts. */
    static Condition account(AccountId... accounts) {
        return new AccountIn(Set.of(accounts));
    }

    /** An account of one of the tiers. */
    static Condition accountTier(Tier... tiers) {
        return new AccountTierIn(Set.of(tiers));
    }

    /** An account in one of the groups. */
    static Condition accountGroup(String... groups) {
        return new AccountGroupIn(Set.of(groups));
    }

    /** One of the regions. */
    static Condition region(String... regions) {
        return new RegionIn(Set.of(regions));
    }

    /** One of the channels. */
    static Condition channel(String... channels) {
        return new ChannelIn(Set.of(channels));
    }

    /** A quantity in {@code [min, until)}. */
    static Condition quantity(long min, long until) {
        return new QuantityBetween(min, OptionalLong.of(until));
    }

    /** A quantity of at least {@code min}. */
    static Condition quantityAtLeast(long min) {
        return new QuantityBetween(min, OptionalLong.empty());
    }

    /** A unit list price of at least {@code min} (in its currency). */
    static Condition listPriceAtLeast(Money min) {
        return new ListPriceBetween(min, Optional.empty());
    }

    /** A unit list price in {@code [min, until)}. */
    static Condition listPrice(Money min, Money until) {
        return new ListPriceBetween(min, Optional.of(until));
    }

    /** A quote in one of the currencies. */
    static Condition currency(Currency... currencies) {
        return new CurrencyIn(Set.of(currencies));
    }

    /** A pricing date in {@code [from, until)}. */
    static Condition date(LocalDate from, LocalDate until) {
        return new DateBetween(from, Optional.of(until));
    }

    /** A pricing date on or after {@code from}. */
    static Condition dateFrom(LocalDate from) {
        return new DateBetween(from, Optional.empty());
    }

    /** The line's product is one of {@code products}. */
    record ProductIn(Set<ProductId> products) implements Condition {
        /** Validates. */
        public ProductIn {
            products = nonEmpty(products, "products");
        }

        @Override
        public boolean matches(LineFacts line) {
            return products.contains(line.product());
        }

        @Override
        public boolean mayMatch(ProductId product, Category category) {
            return products.contains(product);
        }
    }

    /** The line's product is in {@code category} or below. */
    record CategoryWithin(Category category) implements Condition {
        /** Validates. */
        public CategoryWithin {
            Checks.nonNull(category, "category");
        }

        @Override
        public boolean matches(LineFacts line) {
            return line.category().isWithin(category);
        }

        @Override
        public boolean mayMatch(ProductId product, Category of) {
            return of.isWithin(category);
        }
    }

    /** The buyer is one of {@code accounts}. */
    record AccountIn(Set<AccountId> accounts) implements Condition {
        /** Validates. */
        public AccountIn {
            accounts = nonEmpty(accounts, "accounts");
        }

        @Override
        public boolean matches(LineFacts line) {
            return accounts.contains(line.account());
        }
    }

    /** The buyer's tier is one of {@code tiers}. */
    record AccountTierIn(Set<Tier> tiers) implements Condition {
        /** Validates. */
        public AccountTierIn {
            tiers = nonEmpty(tiers, "tiers");
        }

        @Override
        public boolean matches(LineFacts line) {
            return tiers.contains(line.accountTier());
        }
    }

    /** The buyer belongs to at least one of {@code groups}. */
    record AccountGroupIn(Set<String> groups) implements Condition {
        /** Validates. */
        public AccountGroupIn {
            groups = nonEmpty(groups, "groups");
        }

        @Override
        public boolean matches(LineFacts line) {
            for (String g : line.accountGroups()) {
                if (groups.contains(g)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The sale is in one of {@code regions}. */
    record RegionIn(Set<String> regions) implements Condition {
        /** Validates. */
        public RegionIn {
            regions = nonEmpty(regions, "regions");
        }

        @Override
        public boolean matches(LineFacts line) {
            return regions.contains(line.region());
        }
    }

    /** The sale goes through one of {@code channels}. */
    record ChannelIn(Set<String> channels) implements Condition {
        /** Validates. */
        public ChannelIn {
            channels = nonEmpty(channels, "channels");
        }

        @Override
        public boolean matches(LineFacts line) {
            return channels.contains(line.channel());
        }
    }

    /** The quantity lies in {@code [min, until)}. */
    record QuantityBetween(long min, OptionalLong until) implements Condition {
        /** Validates. */
        public QuantityBetween {
            Checks.nonNegative(min, "quantity min");
            Checks.nonNull(until, "until");
            until.ifPresent(u -> Checks.argument(u > min, "quantity range [" + min + ", " + u + ") is empty"));
        }

        @Override
        public boolean matches(LineFacts line) {
            return line.quantity() >= min && (until.isEmpty() || line.quantity() < until.getAsLong());
        }
    }

    /** The unit list price lies in {@code [min, until)}; never matches a line in another currency. */
    record ListPriceBetween(Money min, Optional<Money> until) implements Condition {
        /** Validates. */
        public ListPriceBetween {
            Checks.nonNull(min, "min");
            Checks.nonNull(until, "until");
            until.ifPresent(u -> Checks.argument(u.isGreaterThan(min), "list price range [" + min + ", " + u + ") is empty"));
        }

        @Override
        public boolean matches(LineFacts line) {
            Money price = line.listPrice();
            return price.currency().equals(min.currency()) && !price.isLessThan(min)
                    && until.map(price::isLessThan).orElse(true);
        }
    }

    /** The quote is in one of {@code currencies}. */
    record CurrencyIn(Set<Currency> currencies) implements Condition {
        /** Validates. */
        public CurrencyIn {
            currencies = nonEmpty(currencies, "currencies");
        }

        @Override
        public boolean matches(LineFacts line) {
            return currencies.contains(line.currency());
        }
    }

    /** The pricing date lies in {@code [from, until)}. */
    record DateBetween(LocalDate from, Optional<LocalDate> until) implements Condition {
        /** Validates. */
        public DateBetween {
            Checks.nonNull(from, "from");
            Checks.nonNull(until, "until");
            until.ifPresent(u -> Checks.argument(u.isAfter(from), "date range [" + from + ", " + u + ") is empty"));
        }

        @Override
        public boolean matches(LineFacts line) {
            return !line.date().isBefore(from) && until.map(line.date()::isBefore).orElse(true);
        }
    }

    private static <T> Set<T> nonEmpty(Set<T> values, String field) {
        Set<T> copy = Set.copyOf(Checks.nonNull(values, field));
        Checks.argument(!copy.isEmpty(), field + " must not be empty");
        return copy;
    }
}
