package io.crmkit.core.party;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;

/** Fields of a contact changed; {@code fields} names them. */
public record ContactUpdated(ContactId contactId, List<String> fields, Instant occurredAt) implements DomainEvent {

    /** Copies the field list. */
    public ContactUpdated {
        fields = List.copyOf(fields);
    }
}
