package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.UUID;

/** A user of the host application (an owner, a sales rep); crmkit stores only the reference. */
public record UserId(UUID value) {

    /** Rejects null. */
    public UserId {
        Require.nonNull(value, "userId");
    }

    /** A new time-ordered id. */
    public static UserId newId() {
        return new UserId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static UserId of(String value) {
        return new UserId(Ids.parse(value, "userId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
