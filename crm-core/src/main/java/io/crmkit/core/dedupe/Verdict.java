package io.crmkit.core.dedupe;

/** What a {@link Match} says about two records, by the thresholds of its {@link MatchConfig}. */
public enum Verdict {
    /** The same party: safe to merge automatically. */
    SAME,
    /** Possibly the same party: a person should look. */
    MAYBE,
    /** Different parties. */
    DIFFERENT
}
