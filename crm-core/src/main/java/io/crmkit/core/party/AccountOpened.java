package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/** A new account was opened. */
public record AccountOpened(AccountId accountId, String name, UserId owner, Instant occurredAt) implements DomainEvent {
}
