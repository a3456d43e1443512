package io.crmkit.core.lead;

import java.time.Instant;
import java.util.List;

/** A lead was disqualified, with every reason. */
public record LeadDisqualified(LeadId leadId, LeadStatus from, List<Disqualification> reasons, Instant occurredAt)
        implements LeadTransition {

    /** Copies the reasons. */
    public LeadDisqualified {
        reasons = List.copyOf(reasons);
    }

    @Override
    public LeadStatus to() {
        return LeadStatus.DISQUALIFIED;
    }
}
