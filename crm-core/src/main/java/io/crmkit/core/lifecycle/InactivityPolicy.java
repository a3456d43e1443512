package io.crmkit.core.lifecycle;

import io.crmkit.core.internal.Require;

import java.time.Duration;
import java.time.Instant;

/**
 * When an account counts as dormant and, if it is a customer, as churned: after {@code dormantAfter} and
 * {@code churnedAfter} without activity ({@code churnedAfter} must be longer).
 */
public record InactivityPolicy(Duration dormantAfter, Duration churnedAfter) {

    /** Validates. */
    public InactivityPolicy {
        Require.nonNull(dormantAfter, "dormantAfter");
        Require.nonNull(churnedAfter, "churnedAfter");
        Require.argument(dormantAfter.compareTo(Duration.ZERO) > 0, "dormantAfter must be positive but was " + dormantAfter);
        Require.argument(churnedAfter.compareTo(dormantAfter) > 0,
                "churnedAfter must be longer than dormantAfter (" + dormantAfter + ") but was " + churnedAfter);
    }

    /** Dormant after 90 days, churned after 365. */
    public static InactivityPolicy ofDefaults() {
        return new InactivityPolicy(Duration.ofDays(90), Duration.ofDays(365));
    }

    /** The standing of an account at {@code stage} whose last activity was at {@code lastActivity}, seen at {@code at}. */
    public Standing standing(LifecycleStage stage, Instant lastActivity, Instant at) {
        Require.nonNull(stage, "stage");
        Duration idle = Duration.between(Require.nonNull(lastActivity, "lastActivity"), Require.nonNull(at, "at"));
        if (idle.compareTo(churnedAfter) >= 0 && !stage.isAfter(LifecycleStage.OPPORTUNITY)) {
            return Standing.DORMANT;
        }
        if (idle.compareTo(churnedAfter) >= 0) {
            return Standing.CHURNED;
        }
        return idle.compareTo(dormantAfter) >= 0 ? Standing.DORMANT : Standing.ACTIVE;
    }
}
