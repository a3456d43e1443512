package io.crmkit.core.lead;

import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;

/** Details of a lead changed; {@code fields} names them. */
public record LeadUpdated(LeadId leadId, List<String> fields, Instant occurredAt) implements DomainEvent {

    /** Copies the field list. */
    public LeadUpdated {
        fields = List.copyOf(fields);
    }
}
