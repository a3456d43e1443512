package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** A rep gave a customer back to the pool, with a reason. */
public record CustomerReturned(AccountId accountId, String pool, UserId by, String reason, Instant occurredAt) implements DomainEvent {
}
