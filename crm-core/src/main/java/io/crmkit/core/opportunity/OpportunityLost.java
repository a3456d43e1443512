package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import java.time.Instant;
import java.util.Optional;

/** An opportunity was closed lost from stage {@code fromStage}, for {@code reason}, perhaps to {@code competitor}. */
public record OpportunityLost(OpportunityId opportunityId, AccountId accountId, String fromStage, String reason, Optional<String> competitor, Instant occurredAt) implements OpportunityTransition {

    @Override
    public OpportunityStatus from() {
        return OpportunityStatus.OPEN;
    }

    @Override
    public OpportunityStatus to() {
        return OpportunityStatus.LOST;
    }
}
