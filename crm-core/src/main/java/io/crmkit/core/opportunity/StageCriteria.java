package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.DecisionRole;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/** Ready-made {@link StageCriterion stage entry criteria}. */
public final class StageCriteria {

    private StageCriteria() {
    }

    /** A primary contact is set. */
    public static StageCriterion primaryContact() {
        return of("primary-contact", "a primary contact is required", o -> o.primaryContact().isPresent());
    }

    /** A positive amount is set. */
    public static StageCriterion amount() {
        return of("amount", "an amount greater than zero is required", o -> o.amount().filter(a -> a.isPositive()).isPresent());
    }

    /** An expected close date is set. */
    public static StageCriterion expectedCloseDate() {
        return of("expected-close-date", "an expected close date is required", o -> o.expectedClose().isPresent());
    }

    /** At least one product line. */
    public static StageCriterion productLines() {
        return of("product-lines", "at least one product line is required", o -> !o.lines().isEmpty());
    }

    /** Someone in the decision chain plays {@code role}. */
    public static StageCriterion decisionRole(DecisionRole role) {
        Require.nonNull(role, "role");
        String label = role.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String article = "aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ";
        return of("decision-role:" + role.name().toLowerCase(Locale.ROOT), article + label + " in the decision chain is required",
                o -> o.decisionChain().stream().anyMatch(m -> m.role() == role));
    }

    /** A custom criterion named {@code name} that refuses with {@code refusal} when {@code test} is false. */
    public static StageCriterion of(String name, String refusal, Predicate<Opportunity> test) {
        String n = Require.text(name, "criterion name", 100);
        String r = Require.text(refusal, "criterion refusal", 500);
        Require.nonNull(test, "test");
        return new Named(n, r, test);
    }

    /** A criterion identified by its name and refusal: two criteria with the same name and refusal are equal. */
    private record Named(String name, String refusalText, Predicate<Opportunity> test) implements StageCriterion {

        @Override
        public Optional<String> refusal(Opportunity opportunity) {
            return test.test(opportunity) ? Optional.empty() : Optional.of(refusalText);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Named n && n.name.equals(name) && n.refusalText.equals(refusalText);
        }

        @Override
        public int hashCode() {
            return name.hashCode() * 31 + refusalText.hashCode();
        }

        @Override
        public String toString() {
            return name;
        }
    }
}
