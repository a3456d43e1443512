package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Probability;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A stage of a {@link Pipeline}: a key ({@code [a-z0-9-_]}), a display name, its order in the pipeline, the default
 * win probability, the forecast category, whether it closes the opportunity (won or lost), and the criteria an
 * opportunity must meet to enter it.
 */
public record Stage(String key, String name, int order, Probability probability, ForecastCategory category,
                    OpportunityStatus outcome, List<StageCriterion> entryCriteria) {

    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9_-]{0,63}");

    /** Validates: won stages are 100% and Closed, lost stages 0% and Omitted, open stages neither Closed nor Omitted. */
    public Stage {
        Require.nonNull(key, "stage key");
        Require.argument(KEY.matcher(key).matches(),
                "stage key must be 1-64 characters of a-z, 0-9, '-' or '_' but was '" + key + "'");
        name = Require.text(name, "stage name", 100);
        Require.argument(order >= 0, "stage order must not be negative but was " + order);
        Require.nonNull(probability, "probability");
        Require.nonNull(category, "category");
        Require.nonNull(outcome, "outcome");
        entryCriteria = Require.listOf(entryCriteria, "entryCriteria");
        switch (outcome) {
            case WON -> Require.argument(probability.equals(Probability.ONE) && category == ForecastCategory.CLOSED,
                    "won stage '" + key + "' must have probability 100% and category CLOSED but had " + probability + " and " + category);
            case LOST -> Require.argument(probability.equals(Probability.ZERO) && category == ForecastCategory.OMITTED,
                    "lost stage '" + key + "' must have probability 0% and category OMITTED but had " + probability + " and " + category);
            case OPEN -> Require.argument(category != ForecastCategory.CLOSED && category != ForecastCategory.OMITTED,
                    "open stage '" + key + "' must not have category " + category);
        }
    }

    /** True if the stage closes the opportunity. */
    public boolean isClosed() {
        return outcome != OpportunityStatus.OPEN;
    }

    /** The first reason each criterion gives for refusing {@code opportunity}; empty if it may enter. */
    public List<String> refusals(Opportunity opportunity) {
        return entryCriteria.stream().map(c -> c.refusal(opportunity)).flatMap(Optional::stream).toList();
    }
}
