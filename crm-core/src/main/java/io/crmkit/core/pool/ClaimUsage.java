package io.crmkit.core.pool;

/**
 * What a rep already used of their caps when claiming: claims made today, customers held now (those with a won deal
 * counted only if the rules say so).
 */
public record ClaimUsage(int claimsToday, int holding) {

    /** Validates: no negative counts. */
    public ClaimUsage {
        if (claimsToday < 0 || holding < 0) {
            throw new IllegalArgumentException("claim usage counts must not be negative but were claimsToday="
                    + claimsToday + ", holding=" + holding);
        }
    }
}
