package io.crmkit.core.lead;

import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;

import java.time.Instant;
import java.util.Optional;

/** A qualified lead was converted into an account, a contact and optionally an opportunity. */
public record LeadConverted(LeadId leadId, AccountId accountId, ContactId contactId,
                            Optional<OpportunityId> opportunityId, Instant occurredAt) implements LeadTransition {

    @Override
    public LeadStatus from() {
        return LeadStatus.QUALIFIED;
    }

    @Override
    public LeadStatus to() {
        return LeadStatus.CONVERTED;
    }
}
