package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;

/** A new contact was created, working for {@code accountId}. */
public record ContactCreated(ContactId contactId, AccountId accountId, Instant occurredAt) implements DomainEvent {
}
