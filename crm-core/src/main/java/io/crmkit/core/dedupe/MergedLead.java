package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;

/** A lead merged into a master, with the status it had before, so a host can restore it. */
public record MergedLead(LeadId id, LeadStatus statusBefore) {

    /** Validates. */
    public MergedLead {
        Require.nonNull(id, "id");
        Require.nonNull(statusBefore, "statusBefore");
    }
}
