package io.crmkit.core.lifecycle;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.Optional;

/** One step of an account's lifecycle history: from (none at the start), to, why, and when. */
public record LifecycleChange(Optional<LifecycleStage> from, LifecycleStage to, String cause, Instant at) {

    /** Validates. */
    public LifecycleChange {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        cause = Require.text(cause, "cause", 500);
        Require.nonNull(at, "at");
    }
}
