package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Whether a closed opportunity may be reopened: separately for won and lost, and only within {@code window} (whole
 * days) of closing if one is set.
 */
public record ReopenRule(boolean wonMayReopen, boolean lostMayReopen, Optional<Duration> window) {

    /** Validates the window: a positive whole number of days. */
    public ReopenRule {
        Require.nonNull(window, "window");
        window.ifPresent(w -> Require.argument(!w.isNegative() && !w.isZero() && w.toSeconds() % 86_400 == 0,
                "reopen window must be a positive whole number of days but was " + w));
    }

    /** Lost deals may be reopened at any time, won deals never: the usual default. */
    public static ReopenRule ofDefaults() {
        return new ReopenRule(false, true, Optional.empty());
    }

    /** Why an opportunity closed as {@code outcome} at {@code closedAt} may not reopen at {@code at}, or empty. */
    public Optional<String> refusal(OpportunityStatus outcome, Instant closedAt, Instant at) {
        if (outcome == OpportunityStatus.WON && !wonMayReopen) {
            return Optional.of("won opportunities may not be reopened in this pipeline");
        }
        if (outcome == OpportunityStatus.LOST && !lostMayReopen) {
            return Optional.of("lost opportunities may not be reopened in this pipeline");
        }
        return window.filter(w -> at.isAfter(closedAt.plus(w)))
                .map(w -> "opportunities may be reopened only within " + w.toDays() + " days of closing (closed " + closedAt + ")");
    }
}
