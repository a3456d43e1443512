package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.Optional;

/**
 * An opportunity (open or closed) moved from one account to another, or to another primary contact, for example when
 * duplicate leads were merged; {@code fromContact} and {@code fromAccount} are enough to move it back.
 */
public record OpportunityMoved(OpportunityId opportunityId, AccountId fromAccount, AccountId toAccount,
                               Optional<ContactId> fromContact, Optional<ContactId> toContact, Instant occurredAt)
        implements DomainEvent {

    /** Rejects nulls. */
    public OpportunityMoved {
        Require.nonNull(opportunityId, "opportunityId");
        Require.nonNull(fromAccount, "fromAccount");
        Require.nonNull(toAccount, "toAccount");
        Require.nonNull(fromContact, "fromContact");
        Require.nonNull(toContact, "toContact");
        Require.nonNull(occurredAt, "occurredAt");
    }
}
