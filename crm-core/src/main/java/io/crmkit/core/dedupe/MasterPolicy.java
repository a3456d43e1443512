package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Chooses which of several duplicate leads survives a merge as the master. Policies compose with {@link #then}:
 * the first that prefers one lead decides, and the smallest id breaks any remaining tie, so the choice is
 * deterministic.
 *
 * <pre>{@code
 * MasterPolicy policy = MasterPolicy.notLost().then(MasterPolicy.furthestInLifecycle())
 *     .then(MasterPolicy.highestProbability(scores::of)).then(MasterPolicy.oldest());
 * }</pre>
 */
@FunctionalInterface
public interface MasterPolicy {

    /** Negative if {@code a} is the better master, positive if {@code b} is, 0 if this policy cannot tell. */
    int compare(Lead a, Lead b);

    /** This policy, and {@code next} where this one cannot tell. */
    default MasterPolicy then(MasterPolicy next) {
        Require.nonNull(next, "next");
        return (a, b) -> {
            int c = compare(a, b);
            return c != 0 ? c : next.compare(a, b);
        };
    }

    /** The master of {@code leads} (at least one) by this policy, ties to the smallest id. */
    default Lead choose(Collection<Lead> leads) {
        List<Lead> list = Require.listOf(leads, "leads");
        Require.argument(!list.isEmpty(), "a master is chosen from at least one lead");
        Comparator<Lead> order = ((Comparator<Lead>) this::compare).thenComparing(l -> l.id().value());
        return list.stream().min(order).orElseThrow();
    }

    /** Prefers a lead that is not lost (DISQUALIFIED) over one that is. */
    static MasterPolicy notLost() {
        return (a, b) -> Boolean.compare(a.status() == LeadStatus.DISQUALIFIED, b.status() == LeadStatus.DISQUALIFIED);
    }

    /** Prefers the lead furthest in its lifecycle: CONVERTED, QUALIFIED, WORKING, NURTURING, NEW, DISQUALIFIED. */
    static MasterPolicy furthestInLifecycle() {
        return (a, b) -> Integer.compare(rank(b.status()), rank(a.status()));
    }

    /** Prefers the highest {@code probability} (a lead score, a win probability) the host computes. */
    static MasterPolicy highestProbability(ToDoubleFunction<Lead> probability) {
        Require.nonNull(probability, "probability");
        return (a, b) -> Double.compare(probability.applyAsDouble(b), probability.applyAsDouble(a));
    }

    /** Prefers the lead captured first. */
    static MasterPolicy oldest() {
        return (a, b) -> a.capturedAt().compareTo(b.capturedAt());
    }

    /** not lost, then furthest in the lifecycle, then oldest. */
    static MasterPolicy ofDefaults() {
        return notLost().then(furthestInLifecycle()).then(oldest());
    }

    private static int rank(LeadStatus status) {
        return switch (status) {
            case CONVERTED -> 5;
            case QUALIFIED -> 4;
            case WORKING -> 3;
            case NURTURING -> 2;
            case NEW -> 1;
            case DISQUALIFIED -> 0;
        };
    }
}
