package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;

import java.util.List;

/**
 * What a {@link DuplicateScan} found: clusters of SAME leads (sorted by their first member's id), the MAYBE matches
 * between leads not in one cluster (for a person to review, sorted by score, best first), and how many pairs were
 * compared, which blocking keeps far below {@code n * (n - 1) / 2}.
 */
public record ScanResult(List<Cluster> clusters, List<Match> possible, int leads, long comparisons) {

    /** Validates. */
    public ScanResult {
        clusters = Require.listOf(clusters, "clusters");
        possible = Require.listOf(possible, "possible");
        Require.nonNegative(leads, "leads");
        Require.nonNegative(comparisons, "comparisons");
    }
}
