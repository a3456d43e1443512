package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;

import java.util.List;

/**
 * The comparison of two leads: the weighted score in [0, 1], the verdict it gives under the thresholds, and the
 * evidence of every rule that applied (rules whose field is missing on either side do not apply).
 */
public record Match(LeadId left, LeadId right, double score, Verdict verdict, List<Evidence> evidence) {

    /** Validates. */
    public Match {
        Require.nonNull(left, "left");
        Require.nonNull(right, "right");
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score must be in [0,1] but was " + score);
        }
        Require.nonNull(verdict, "verdict");
        evidence = Require.listOf(evidence, "evidence");
    }

    /** The id on the other side from {@code id}. */
    public LeadId other(LeadId id) {
        return left.equals(id) ? right : left;
    }
}
