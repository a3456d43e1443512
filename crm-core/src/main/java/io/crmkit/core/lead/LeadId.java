package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies a {@link Lead}; time-ordered. */
public record LeadId(UUID value) {

    /** Rejects null. */
    public LeadId {
        Require.nonNull(value, "leadId");
    }

    /** A new time-ordered id. */
    public static LeadId newId() {
        return new LeadId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static LeadId of(String value) {
        return new LeadId(Ids.parse(value, "leadId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
