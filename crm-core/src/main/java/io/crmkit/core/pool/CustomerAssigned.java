package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/** A manager handed a customer to a rep: from the pool (the clock starts) or from another rep (the clock is kept). */
public record CustomerAssigned(AccountId accountId, String pool, Optional<UserId> from, UserId to, boolean clockKept, Instant occurredAt) implements DomainEvent {
}
