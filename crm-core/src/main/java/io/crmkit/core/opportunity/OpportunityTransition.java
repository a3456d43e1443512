package io.crmkit.core.opportunity;

import io.crmkit.core.shared.DomainEvent;

/** An event that changed an opportunity's status (won, lost, reopened); exactly one per status change. */
public sealed interface OpportunityTransition extends DomainEvent permits OpportunityWon, OpportunityLost, OpportunityReopened {

    /** The opportunity. */
    OpportunityId opportunityId();

    /** The status before. */
    OpportunityStatus from();

    /** The status after. */
    OpportunityStatus to();
}
