package io.crmkit.core.activity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies an {@link Activity}; time-ordered. */
public record ActivityId(UUID value) {

    /** Rejects null. */
    public ActivityId {
        Require.nonNull(value, "activityId");
    }

    /** A new time-ordered id. */
    public static ActivityId newId() {
        return new ActivityId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static ActivityId of(String value) {
        return new ActivityId(Ids.parse(value, "activityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
