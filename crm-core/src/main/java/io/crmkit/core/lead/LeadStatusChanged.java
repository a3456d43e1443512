package io.crmkit.core.lead;

import java.time.Instant;

/** A lead moved to WORKING or NURTURING (including a reopened lead). */
public record LeadStatusChanged(LeadId leadId, LeadStatus from, LeadStatus to, Instant occurredAt) implements LeadTransition {
}
