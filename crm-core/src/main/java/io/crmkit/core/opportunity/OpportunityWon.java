package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.Money;
import java.time.Instant;
import java.util.Optional;

/** An opportunity was closed won from stage {@code fromStage}. */
public record OpportunityWon(OpportunityId opportunityId, AccountId accountId, String fromStage, Optional<Money> amount, Optional<String> reason, Instant occurredAt) implements OpportunityTransition {

    @Override
    public OpportunityStatus from() {
        return OpportunityStatus.OPEN;
    }

    @Override
    public OpportunityStatus to() {
        return OpportunityStatus.WON;
    }
}
