package io.crmkit.core.lead;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** A lead was captured. */
public record LeadCaptured(LeadId leadId, SourceChannel source, Optional<UserId> owner, Instant occurredAt) implements DomainEvent {
}
