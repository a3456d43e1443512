package io.crmkit.core.party;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies a {@link Contact}; time-ordered. */
public record ContactId(UUID value) {

    /** Rejects null. */
    public ContactId {
        Require.nonNull(value, "contactId");
    }

    /** A new time-ordered id. */
    public static ContactId newId() {
        return new ContactId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static ContactId of(String value) {
        return new ContactId(Ids.parse(value, "contactId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
