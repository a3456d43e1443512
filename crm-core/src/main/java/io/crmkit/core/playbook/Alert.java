package io.crmkit.core.playbook;

import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Something a rep should act on, with what to do about it. Published as an event so a host can notify, list or
 * escalate it.
 *
 * @param owner             who should act
 * @param detail            what was found, with the numbers
 * @param recommendedAction what to do
 */
public record Alert(AlertKind kind, Optional<OpportunityId> opportunity, Optional<AccountId> account,
                    Optional<ActivityId> activity, UserId owner, String detail, String recommendedAction,
                    Instant occurredAt) implements DomainEvent {

    /** Rejects nulls. */
    public Alert {
        Require.nonNull(kind, "kind");
        Require.nonNull(opportunity, "opportunity");
        Require.nonNull(account, "account");
        Require.nonNull(activity, "activity");
        Require.nonNull(owner, "owner");
        Require.nonBlank(detail, "detail");
        Require.nonBlank(recommendedAction, "recommendedAction");
        Require.nonNull(occurredAt, "occurredAt");
    }
}
