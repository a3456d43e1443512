package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.DomainEvent;

import java.util.List;

/** The result of moving, closing or reopening an opportunity. */
public sealed interface StageMove {

    /** The opportunity after the attempt (unchanged if refused). */
    Opportunity opportunity();

    /** It moved (no events if it was already there). */
    record Moved(Opportunity opportunity, List<DomainEvent> events) implements StageMove {
        /** Validates. */
        public Moved {
            Require.nonNull(opportunity, "opportunity");
            events = List.copyOf(events);
        }
    }

    /** It was refused, for every one of {@code reasons}; nothing changed. */
    record Refused(Opportunity opportunity, List<String> reasons) implements StageMove {
        /** Validates: at least one reason. */
        public Refused {
            Require.nonNull(opportunity, "opportunity");
            reasons = List.copyOf(reasons);
            Require.argument(!reasons.isEmpty(), "a refusal needs at least one reason");
        }
    }
}
