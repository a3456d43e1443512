package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Ids;
import io.crmkit.pricing.internal.Checks;

import java.util.UUID;

/** Identifies a {@link Quote}; time-ordered. */
public record QuoteId(UUID value) {

    /** Rejects null. */
    public QuoteId {
        Checks.nonNull(value, "quoteId");
    }

    /** A new time-ordered id. */
    public static QuoteId newId() {
        return new QuoteId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static QuoteId of(String value) {
        return new QuoteId(Ids.parse(value, "quoteId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
