package io.crmkit.scoring.opportunity;

import io.crmkit.core.shared.Probability;
import io.crmkit.scoring.internal.Checks;

import java.util.List;

/**
 * A historical stage-to-win rate for one open opportunity, with where it came from.
 *
 * @param probability the win probability
 * @param level       the level it was read at: the finest one with enough closed deals, or the stage default
 * @param counts      the closed deals behind each level that applies to the opportunity, coarsest first (pipeline,
 *                    then product, then segment; a level whose key the opportunity lacks is left out)
 * @param explanation one sentence saying which level was used and why, e.g.
 *                    {@code "64.8%: 266 of 410 closed deals of product GTX Pro in segment retail that reached stage engaging were won (smoothed towards 63.2%)"}
 */
public record WinRate(Probability probability, Level level, List<Count> counts, String explanation) {

    /** Validates: no nulls; the explanation is not blank. */
    public WinRate {
        Checks.nonNull(probability, "probability");
        Checks.nonNull(level, "level");
        counts = List.copyOf(Checks.nonNull(counts, "counts"));
        Checks.nonBlank(explanation, "explanation");
    }

    /** The levels of {@link StageWinRates}, finest first; each falls back to the next when it has too few closed deals. */
    public enum Level {
        /** Closed deals of the same pipeline, stage, product and segment. */
        SEGMENT,
        /** Closed deals of the same pipeline, stage and product. */
        PRODUCT,
        /** Closed deals of the same pipeline and stage. */
        PIPELINE,
        /** No level had enough closed deals: the stage's default probability. */
        STAGE_DEFAULT
    }

    /**
     * The closed deals of one level that reached the opportunity's stage.
     *
     * @param level    the level
     * @param key      what the level groups by, e.g. {@code "product GTX Pro in segment retail"}
     * @param closed   closed deals that reached the stage
     * @param won      of which won
     * @param smoothed the level's smoothed rate: {@code (won + m * prior) / (closed + m)}, the prior being the next
     *                 coarser level's smoothed rate (the stage default above the pipeline level)
     */
    public record Count(Level level, String key, int closed, int won, Probability smoothed) {

        /** Validates: {@code 0 <= won <= closed}; a count is never of the stage-default level. */
        public Count {
            Checks.nonNull(level, "level");
            Checks.argument(level != Level.STAGE_DEFAULT, "the stage default has no count of closed deals");
            Checks.nonBlank(key, "key");
            Checks.argument(closed >= 0 && won >= 0 && won <= closed, "won must be in [0, closed] but was " + won
                    + " of " + closed + " closed");
            Checks.nonNull(smoothed, "smoothed");
        }
    }
}
