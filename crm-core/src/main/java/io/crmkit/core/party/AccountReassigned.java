package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** An account passed from one owner to another. */
public record AccountReassigned(AccountId accountId, UserId from, UserId to, Instant occurredAt) implements DomainEvent {
}
