package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Instant;

/**
 * How a customer last came back to the pool: who held it, when, and why (a recycling rule or the rep's reason).
 * The previous holder's cooldown is measured from here.
 */
public record Release(UserId previousOwner, Instant at, String reason) {

    /** Rejects nulls and a blank reason. */
    public Release {
        Require.nonNull(previousOwner, "previousOwner");
        Require.nonNull(at, "at");
        reason = Require.text(reason, "reason", 500);
    }
}
