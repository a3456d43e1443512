package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;

/** Fields of an account changed; {@code fields} names them. */
public record AccountUpdated(AccountId accountId, List<String> fields, Instant occurredAt) implements DomainEvent {

    /** Copies the field list. */
    public AccountUpdated {
        fields = List.copyOf(fields);
    }
}
