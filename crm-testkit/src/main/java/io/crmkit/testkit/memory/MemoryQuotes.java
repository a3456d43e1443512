package io.crmkit.testkit.memory;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.quote.port.Quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** {@link Quotes} in a map of each quote's versions. */
final class MemoryQuotes implements Quotes {

    private final Map<QuoteId, List<QuoteSnapshot>> versions = new LinkedHashMap<>();

    @Override
    public synchronized void save(QuoteSnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<QuoteSnapshot> stored = versions.getOrDefault(snapshot.quote(), List.of());
        int latest = stored.size();
        int number = snapshot.number();
        if (number <= latest) {
            throw new ConcurrentUpdateException("quote " + snapshot.quote(), number - 1, latest);
        }
        if (number != latest + 1) {
            throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number + " cannot be saved: the latest stored version is "
                    + latest + ", so the next is " + (latest + 1));
        }
        if (latest > 0) {
            QuoteSnapshot first = stored.get(0);
            if (!first.buyer().account().equals(snapshot.buyer().account())) {
                throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number + " is for account "
                        + snapshot.buyer().account() + " but the stored versions are for " + first.buyer().account());
            }
            if (!first.currency().equals(snapshot.currency())) {
                throw new IllegalArgumentException("quote " + snapshot.quote() + " version " + number + " is in " + snapshot.currency()
                        + " but the stored versions are in " + first.currency());
            }
        }
        List<QuoteSnapshot> next = new ArrayList<>(stored);
        next.add(snapshot);
        versions.put(snapshot.quote(), List.copyOf(next));
    }

    @Override
    public synchronized Optional<QuoteSnapshot> find(QuoteId quote, int number) {
        Objects.requireNonNull(quote, "quote");
        List<QuoteSnapshot> stored = versions.getOrDefault(quote, List.of());
        return number >= 1 && number <= stored.size() ? Optional.of(stored.get(number - 1)) : Optional.empty();
    }

    @Override
    public synchronized Optional<QuoteSnapshot> latest(QuoteId quote) {
        Objects.requireNonNull(quote, "quote");
        List<QuoteSnapshot> stored = versions.getOrDefault(quote, List.of());
        return stored.isEmpty() ? Optional.empty() : Optional.of(stored.get(stored.size() - 1));
    }

    @Override
    public synchronized List<QuoteSnapshot> versions(QuoteId quote) {
        Objects.requireNonNull(quote, "quote");
        return versions.getOrDefault(quote, List.of());
    }

    @Override
    public synchronized List<QuoteSnapshot> ofAccount(AccountId account) {
        Objects.requireNonNull(account, "account");
        return versions.values().stream().filter(v -> v.get(0).buyer().account().equals(account))
                .sorted(Comparator.comparing(v -> v.get(0).version().createdAt()))
                .map(v -> v.get(v.size() - 1)).toList();
    }
}
