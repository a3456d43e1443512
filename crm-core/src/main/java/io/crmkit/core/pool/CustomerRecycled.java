package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** A neglected customer went back to the pool by a recycling rule. */
public record CustomerRecycled(AccountId accountId, String pool, UserId from, RecycleReason reason, Instant dueAt, Instant occurredAt) implements DomainEvent {
}
