package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a lead is qualified: returns every reason it is not (an empty list means qualified). Policies
 * compose with {@link #and}; ready-made ones are in {@link QualificationPolicies}. Implementations must be pure.
 */
@FunctionalInterface
public interface QualificationPolicy {

    /** The reasons {@code lead} does not qualify on {@code today}; empty if it does. */
    List<Disqualification> check(Lead lead, LocalDate today);

    /** A policy that reports the reasons of this one and then of {@code other}. */
    default QualificationPolicy and(QualificationPolicy other) {
        Require.nonNull(other, "other");
        return (lead, today) -> {
            List<Disqualification> reasons = new ArrayList<>(check(lead, today));
            reasons.addAll(other.check(lead, today));
            return List.copyOf(reasons);
        };
    }
}
