package io.crmkit.core.lead;

import java.time.Instant;

/** A lead passed its qualification policy. */
public record LeadQualified(LeadId leadId, LeadStatus from, Instant occurredAt) implements LeadTransition {

    @Override
    public LeadStatus to() {
        return LeadStatus.QUALIFIED;
    }
}
