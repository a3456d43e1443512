package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.UUID;

/** A product of the host's catalogue, referenced by opportunity lines and quotes. */
public record ProductId(UUID value) {

    /** Rejects null. */
    public ProductId {
        Require.nonNull(value, "productId");
    }

    /** A new time-ordered id. */
    public static ProductId newId() {
        return new ProductId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static ProductId of(String value) {
        return new ProductId(Ids.parse(value, "productId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
