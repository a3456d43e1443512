package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;

import java.time.Instant;
import java.util.Optional;

/** One entry of an opportunity's stage history: from which stage (none when it opened) to which, and when. */
public record StageChange(Optional<String> from, String to, Instant at) {

    /** Rejects nulls. */
    public StageChange {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.nonNull(at, "at");
    }
}
