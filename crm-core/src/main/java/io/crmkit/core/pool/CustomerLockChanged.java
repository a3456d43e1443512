package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** A customer was locked (exempt from recycling and claiming) or unlocked. */
public record CustomerLockChanged(AccountId accountId, String pool, boolean locked, Instant occurredAt) implements DomainEvent {
}
