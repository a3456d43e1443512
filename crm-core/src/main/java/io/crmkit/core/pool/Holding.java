package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * Who holds a customer taken from the pool.
 *
 * @param owner      the rep holding it now
 * @param claimedAt  when it left the pool: the start of its protection, kept when it moves to another rep
 * @param remindedFor the recycling instant its holder was last reminded of, so a reminder is sent once per deadline
 */
public record Holding(UserId owner, Instant claimedAt, Optional<Instant> remindedFor) {

    /** Rejects nulls. */
    public Holding {
        Require.nonNull(owner, "owner");
        Require.nonNull(claimedAt, "claimedAt");
        Require.nonNull(remindedFor, "remindedFor");
    }
}
