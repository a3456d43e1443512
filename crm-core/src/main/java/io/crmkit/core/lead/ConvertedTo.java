package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;

import java.util.Optional;

/** What a converted lead became. */
public record ConvertedTo(AccountId account, ContactId contact, Optional<OpportunityId> opportunity) {

    /** Rejects nulls. */
    public ConvertedTo {
        Require.nonNull(account, "account");
        Require.nonNull(contact, "contact");
        Require.nonNull(opportunity, "opportunity");
    }
}
