package io.crmkit.core.opportunity;

import io.crmkit.core.shared.DomainEvent;
import java.time.Instant;

/** An open opportunity moved from one open stage to another. */
public record OpportunityStageChanged(OpportunityId opportunityId, String from, String to, Instant occurredAt) implements DomainEvent {
}
