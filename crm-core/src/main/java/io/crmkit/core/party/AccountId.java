package io.crmkit.core.party;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies an {@link Account}; time-ordered. */
public record AccountId(UUID value) {

    /** Rejects null. */
    public AccountId {
        Require.nonNull(value, "accountId");
    }

    /** A new time-ordered id. */
    public static AccountId newId() {
        return new AccountId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static AccountId of(String value) {
        return new AccountId(Ids.parse(value, "accountId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
