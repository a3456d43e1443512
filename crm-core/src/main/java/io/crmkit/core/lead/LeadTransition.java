package io.crmkit.core.lead;

import io.crmkit.core.shared.DomainEvent;

/** An event that moved a lead from one status to another; exactly one is emitted per move. */
public sealed interface LeadTransition extends DomainEvent
        permits LeadStatusChanged, LeadQualified, LeadDisqualified, LeadConverted {

    /** The lead. */
    LeadId leadId();

    /** The status before. */
    LeadStatus from();

    /** The status after. */
    LeadStatus to();
}
