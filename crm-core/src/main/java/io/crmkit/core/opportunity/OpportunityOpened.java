package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;
import java.time.Instant;

/** An opportunity was opened in its pipeline's first stage. */
public record OpportunityOpened(OpportunityId opportunityId, AccountId accountId, PipelineId pipelineId, String stage, UserId owner, Instant occurredAt) implements DomainEvent {
}
