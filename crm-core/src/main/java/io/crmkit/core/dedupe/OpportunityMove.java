package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityMoved;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;

import java.util.Optional;

/**
 * An opportunity of a merged CONVERTED lead moved to the master's account, with the primary contact before and after,
 * so a host can move it back.
 *
 * @param opportunity the moved opportunity
 * @param lead        the merged lead whose conversion it belonged to
 * @param fromAccount the account it was on (the merged lead's converted account)
 * @param toAccount   the master's converted account
 * @param fromContact its primary contact before the move
 * @param toContact   its primary contact after the move
 */
public record OpportunityMove(OpportunityId opportunity, LeadId lead, AccountId fromAccount, AccountId toAccount,
                              Optional<ContactId> fromContact, Optional<ContactId> toContact) {

    /** Rejects nulls. */
    public OpportunityMove {
        Require.nonNull(opportunity, "opportunity");
        Require.nonNull(lead, "lead");
        Require.nonNull(fromAccount, "fromAccount");
        Require.nonNull(toAccount, "toAccount");
        Require.nonNull(fromContact, "fromContact");
        Require.nonNull(toContact, "toContact");
    }

    /** The move that {@code event} describes, of an opportunity of the merged {@code lead}. */
    public static OpportunityMove of(LeadId lead, OpportunityMoved event) {
        Require.nonNull(event, "event");
        return new OpportunityMove(event.opportunityId(), lead, event.fromAccount(), event.toAccount(),
                event.fromContact(), event.toContact());
    }
}
