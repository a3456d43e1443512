package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;

import java.time.Instant;

/**
 * When a held customer returns to the pool, why, and when its holder is reminded.
 *
 * @param at       the instant it returns
 * @param reason   why
 * @param remindAt the reminder instant: {@code at} minus the reminder days, never before the claim
 */
public record RecycleDue(Instant at, RecycleReason reason, Instant remindAt) {

    /** Validates: the reminder is not after the recycling. */
    public RecycleDue {
        Require.nonNull(at, "at");
        Require.nonNull(reason, "reason");
        Require.nonNull(remindAt, "remindAt");
        Require.argument(!remindAt.isAfter(at), "remindAt " + remindAt + " must not be after recycling at " + at);
    }
}
