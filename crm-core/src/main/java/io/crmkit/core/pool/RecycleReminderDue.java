package io.crmkit.core.pool;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** The holder should follow up: the customer returns to the pool at {@code recycleAt} otherwise. */
public record RecycleReminderDue(AccountId accountId, String pool, UserId owner, Instant recycleAt, RecycleReason reason, Instant occurredAt) implements DomainEvent {
}
