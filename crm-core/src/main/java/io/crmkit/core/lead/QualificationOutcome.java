package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.DomainEvent;

import java.util.List;

/** The result of qualifying a lead: {@link Qualified} or {@link Disqualified} with the reasons. */
public sealed interface QualificationOutcome {

    /** The lead after qualification. */
    Lead lead();

    /** The events of the change. */
    List<DomainEvent> events();

    /** The lead passed: it is QUALIFIED now. */
    record Qualified(Lead lead, List<DomainEvent> events) implements QualificationOutcome {
        /** Validates. */
        public Qualified {
            Require.nonNull(lead, "lead");
            events = List.copyOf(events);
        }
    }

    /** The lead failed: it is DISQUALIFIED now, for {@code reasons}. */
    record Disqualified(Lead lead, List<Disqualification> reasons, List<DomainEvent> events)
            implements QualificationOutcome {
        /** Validates. */
        public Disqualified {
            Require.nonNull(lead, "lead");
            reasons = List.copyOf(reasons);
            events = List.copyOf(events);
        }
    }
}
