package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies an {@link Opportunity}; time-ordered. */
public record OpportunityId(UUID value) {

    /** Rejects null. */
    public OpportunityId {
        Require.nonNull(value, "opportunityId");
    }

    /** A new time-ordered id. */
    public static OpportunityId newId() {
        return new OpportunityId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static OpportunityId of(String value) {
        return new OpportunityId(Ids.parse(value, "opportunityId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
