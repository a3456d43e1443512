package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Money;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What is known of a lead's Budget, Authority (the person's role in the decision), Need and Timeline (when they
 * intend to buy). Every part may be unknown.
 */
public record Bant(Optional<Money> budget, Optional<DecisionRole> authority, Optional<String> need,
                   Optional<LocalDate> timeline) {

    private static final Bant UNKNOWN = new Bant(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    /** Validates: budget not negative, need 1..1000 characters. */
    public Bant {
        Require.nonNull(budget, "budget");
        budget.filter(Money::isNegative).ifPresent(b -> {
            throw new IllegalArgumentException("budget must not be negative but was " + b);
        });
        Require.nonNull(authority, "authority");
        need = Require.nonNull(need, "need").map(n -> Require.text(n, "need", 1000));
        Require.nonNull(timeline, "timeline");
    }

    /** Nothing known. */
    public static Bant unknown() {
        return UNKNOWN;
    }

    /** With a budget. */
    public Bant withBudget(Money value) {
        return new Bant(Optional.of(value), authority, need, timeline);
    }

    /** With the person's decision role. */
    public Bant withAuthority(DecisionRole value) {
        return new Bant(budget, Optional.of(value), need, timeline);
    }

    /** With a stated need. */
    public Bant withNeed(String value) {
        return new Bant(budget, authority, Optional.of(value), timeline);
    }

    /** With the date they intend to buy by. */
    public Bant withTimeline(LocalDate value) {
        return new Bant(budget, authority, need, Optional.of(value));
    }
}
