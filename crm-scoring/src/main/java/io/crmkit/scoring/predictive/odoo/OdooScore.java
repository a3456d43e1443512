package io.crmkit.scoring.predictive.odoo;

import io.crmkit.scoring.internal.Checks;

import java.util.Optional;
import java.util.OptionalDouble;

/** What Odoo's predictive lead scoring gives a lead: a probability, or the reason it gives none. */
public sealed interface OdooScore {

    /**
     * The {@code automated_probability} in percent Odoo writes, or empty when it writes none and the lead keeps its
     * previous automated probability (0 for a new lead).
     */
    OptionalDouble automatedProbability();

    /**
     * The naive Bayes probability, rounded to two decimals and kept within [0.01, 99.99].
     *
     * @param probability       the probability in percent
     * @param frequenciesOfTeam the team whose rows were used; empty when the rows of all teams were summed (a lead
     *                          without team, or whose team has no row for the lead's variables)
     */
    record Computed(double probability, Optional<Long> frequenciesOfTeam) implements OdooScore {

        public Computed {
            Checks.argument(probability >= 0.01 && probability <= 99.99,
                    "probability must be in [0.01, 99.99] but was " + probability);
            Checks.nonNull(frequenciesOfTeam, "frequencies of team");
        }

        @Override
        public OptionalDouble automatedProbability() {
            return OptionalDouble.of(probability);
        }
    }

    /** The lead is in a won stage: 100 ({@code if lead stage is won, return 100}). */
    record InWonStage(long stageId) implements OdooScore {

        @Override
        public OptionalDouble automatedProbability() {
            return OptionalDouble.of(100);
        }
    }

    /** The lead has no stage: 0 ({@code if stage_id is null, return 0 and bypass computation}). */
    record WithoutStage() implements OdooScore {

        @Override
        public OptionalDouble automatedProbability() {
            return OptionalDouble.of(0);
        }
    }

    /**
     * Odoo cannot compute a probability (its code {@code continue}s past the lead) and leaves the automated
     * probability as it was.
     *
     * @param reason why, naming the team and stage involved
     */
    record NotComputable(String reason) implements OdooScore {

        public NotComputable {
            Checks.nonBlank(reason, "reason");
        }

        @Override
        public OptionalDouble automatedProbability() {
            return OptionalDouble.empty();
        }
    }
}
