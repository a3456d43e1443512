package io.crmkit.scoring.rules;

import java.util.Objects;

/** One lead to score in a batch: its profile and its engagement. */
public record ScoringInput(Profile profile, Engagement engagement) {

    /** Rejects nulls. */
    public ScoringInput {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(engagement, "engagement");
    }
}
