package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.util.Optional;

/** The outcome of assigning one lead. */
public sealed interface Assignment {

    /**
     * The lead goes to {@code user}, by rule {@code rule} (through {@code team} if the rule targets one).
     *
     * @param reason why this rep, in words a manager can read
     */
    record Assigned(UserId user, String rule, Optional<String> team, String reason) implements Assignment {
        /** Rejects nulls. */
        public Assigned {
            Require.nonNull(user, "user");
            Require.nonNull(rule, "rule");
            Require.nonNull(team, "team");
            Require.nonNull(reason, "reason");
        }
    }

    /** Nobody could take the lead: no rule matched, or every matching rule's target was unavailable or full. */
    record Unassigned(String reason) implements Assignment {
        /** Rejects null. */
        public Unassigned {
            Require.nonNull(reason, "reason");
        }
    }
}
