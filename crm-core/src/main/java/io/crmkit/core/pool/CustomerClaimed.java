package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** A rep claimed a customer from the pool; its protection starts now. */
public record CustomerClaimed(AccountId accountId, String pool, UserId by, Instant occurredAt) implements DomainEvent {
}
