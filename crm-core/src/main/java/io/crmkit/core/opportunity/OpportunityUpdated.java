package io.crmkit.core.opportunity;

import io.crmkit.core.shared.DomainEvent;
import java.time.Instant;
import java.util.List;

/** Details of an opportunity changed; {@code fields} names them. */
public record OpportunityUpdated(OpportunityId opportunityId, List<String> fields, Instant occurredAt) implements DomainEvent {

    /** Copies the field list. */
    public OpportunityUpdated {
        fields = List.copyOf(fields);
    }
}
