package io.crmkit.core.lead;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** A lead passed to a new owner (from none, or from another). */
public record LeadAssigned(LeadId leadId, Optional<UserId> from, UserId to, Instant occurredAt) implements DomainEvent {
}
