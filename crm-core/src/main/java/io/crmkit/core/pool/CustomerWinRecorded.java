package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** A deal was won with the customer: it is exempt from recycling from now on. */
public record CustomerWinRecorded(AccountId accountId, String pool, Instant occurredAt) implements DomainEvent {
}
