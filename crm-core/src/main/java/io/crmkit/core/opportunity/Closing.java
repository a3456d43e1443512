package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.Optional;

/** How and when an opportunity closed: won or lost, the reason, and for lost deals the competitor who won. */
public record Closing(OpportunityStatus outcome, Optional<String> reason, Optional<String> competitor, Instant at) {

    /** Validates: the outcome is WON or LOST; a lost deal has a reason; only lost deals name a competitor. */
    public Closing {
        Require.nonNull(outcome, "outcome");
        Require.argument(outcome != OpportunityStatus.OPEN, "a closing must be WON or LOST but was OPEN");
        reason = Require.nonNull(reason, "reason").map(r -> Require.text(r, "reason", 500));
        competitor = Require.nonNull(competitor, "competitor").map(c -> Require.text(c, "competitor", 200));
        Require.argument(outcome == OpportunityStatus.WON || reason.isPresent(), "a lost opportunity needs a reason");
        Require.argument(outcome == OpportunityStatus.LOST || competitor.isEmpty(),
                "only a lost opportunity names a competitor but was given " + competitor.orElse(""));
        Require.nonNull(at, "at");
    }
}
