package io.crmkit.core.opportunity;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** An open opportunity passed from one owner to another. */
public record OpportunityReassigned(OpportunityId opportunityId, UserId from, UserId to, Instant occurredAt) implements DomainEvent {
}
