package io.crmkit.core.activity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;

import java.util.Optional;

/** What an activity is about: at least one of a lead, an account, a contact or an opportunity. */
public record Links(Optional<LeadId> lead, Optional<AccountId> account, Optional<ContactId> contact,
                    Optional<OpportunityId> opportunity) {

    /** Validates: at least one link. */
    public Links {
        Require.nonNull(lead, "lead");
        Require.nonNull(account, "account");
        Require.nonNull(contact, "contact");
        Require.nonNull(opportunity, "opportunity");
        Require.argument(lead.isPresent() || account.isPresent() || contact.isPresent() || opportunity.isPresent(),
                "an activity must be linked to a lead, an account, a contact or an opportunity");
    }

    /** About a lead. */
    public static Links toLead(LeadId lead) {
        return new Links(Optional.of(lead), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** About an account. */
    public static Links toAccount(AccountId account) {
        return new Links(Optional.empty(), Optional.of(account), Optional.empty(), Optional.empty());
    }

    /** About an opportunity of {@code account}. */
    public static Links toOpportunity(AccountId account, OpportunityId opportunity) {
        return new Links(Optional.empty(), Optional.of(account), Optional.empty(), Optional.of(opportunity));
    }

    /** These links plus {@code contact}. */
    public Links withContact(ContactId value) {
        return new Links(lead, account, Optional.of(Require.nonNull(value, "contact")), opportunity);
    }

    /** These links plus {@code value} as the account. */
    public Links withAccount(AccountId value) {
        return new Links(lead, Optional.of(Require.nonNull(value, "account")), contact, opportunity);
    }
}
