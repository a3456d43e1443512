package io.crmkit.core.opportunity;

import java.time.Instant;

/** A closed opportunity was reopened into {@code stage}. */
public record OpportunityReopened(OpportunityId opportunityId, OpportunityStatus from, String stage, Instant occurredAt) implements OpportunityTransition {

    @Override
    public OpportunityStatus to() {
        return OpportunityStatus.OPEN;
    }
}
