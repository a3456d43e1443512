package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.Set;

/** An account's roles changed, e.g. a prospect became a customer. */
public record AccountRolesChanged(AccountId accountId, Set<AccountRole> before, Set<AccountRole> after, Instant occurredAt)
        implements DomainEvent {

    /** Copies the role sets. */
    public AccountRolesChanged {
        before = Set.copyOf(before);
        after = Set.copyOf(after);
    }
}
