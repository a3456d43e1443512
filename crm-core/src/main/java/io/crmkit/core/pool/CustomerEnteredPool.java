package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** A customer was put into the pool, unheld. */
public record CustomerEnteredPool(AccountId accountId, String pool, Instant occurredAt) implements DomainEvent {
}
