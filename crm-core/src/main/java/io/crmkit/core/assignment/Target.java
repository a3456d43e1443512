package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

/** Where a matching rule sends a lead: one rep, or a team's queue. */
public sealed interface Target {

    /** A named rep. */
    record User(UserId user) implements Target {
        /** Rejects null. */
        public User {
            Require.nonNull(user, "user");
        }
    }

    /** A team, whose distribution picks the rep. */
    record Team(String team) implements Target {
        /** Rejects a blank name. */
        public Team {
            team = Require.text(team, "team", 100);
        }
    }
}
