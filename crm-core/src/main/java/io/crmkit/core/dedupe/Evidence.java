package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;

/**
 * What one rule found when comparing two leads: the normalised values compared, their similarity in [0, 1] and the
 * weight the rule had in the score (its agreement weight, or its disagreement weight when the values differ).
 */
public record Evidence(MatchRule rule, String left, String right, double similarity, double weight) {

    /** Validates the similarity and weight ranges. */
    public Evidence {
        Require.nonNull(rule, "rule");
        Require.nonNull(left, "left");
        Require.nonNull(right, "right");
        if (!(similarity >= 0 && similarity <= 1)) {
            throw new IllegalArgumentException("similarity must be in [0,1] but was " + similarity);
        }
        if (!(weight >= 0 && Double.isFinite(weight))) {
            throw new IllegalArgumentException("weight must be a finite number >= 0 but was " + weight);
        }
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "%s %.2f (%s ~ %s, weight %.2f)", rule, similarity, left, right, weight);
    }
}
