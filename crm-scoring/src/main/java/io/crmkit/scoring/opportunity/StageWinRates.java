package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.shared.Probability;
import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Historical stage-to-win rates: for each open stage, of the closed deals that reached it, the share that was won. A
 * deal reached every open stage of its pipeline up to the last one it was in before closing, so a won deal counts as
 * won in each of them and a lost deal as lost in each stage up to the one it was lost in (Odoo's and Salesforce's
 * counting). Rates are kept at three levels, each within the one above:
 * <ol>
 *   <li>{@link WinRate.Level#SEGMENT}: pipeline, stage, product and segment (e.g. the account's sector);</li>
 *   <li>{@link WinRate.Level#PRODUCT}: pipeline, stage and product;</li>
 *   <li>{@link WinRate.Level#PIPELINE}: pipeline and stage.</li>
 * </ol>
 * An open opportunity gets the rate of the finest level with at least {@link StageWinRatesConfig#minimumClosed()}
 * closed deals, else the stage's default probability ({@link WinRate.Level#STAGE_DEFAULT}). Every level is smoothed
 * towards the next coarser one, {@code (won + m * prior) / (closed + m)} with the stage default as the prior of the
 * pipeline level, so a level just above the minimum does not swing to 0% or 100%. The {@link WinRate} says which level
 * was used and why.
 * <pre>{@code
 * StageWinRates rates = StageWinRates.learn(List.of(pipeline), closedDeals, StageWinRatesConfig.ofDefaults());
 * WinRate rate = rates.winRate(openDeal);
 * rate.probability();   // 64.8%
 * rate.explanation();   // "64.8%: 266 of 410 closed deals of product GTX Pro in segment retail that reached ..."
 * }</pre>
 * Immutable and thread-safe.
 */
public final class StageWinRates {

    /** One cell of counts; the product and segment are empty at the coarser levels. */
    private record Cell(PipelineId pipeline, String stage, Optional<String> product, Optional<String> segment) {
    }

    private record Tally(int closed, int won) {
        static final Tally NONE = new Tally(0, 0);

        Tally plus(boolean isWon) {
            return new Tally(closed + 1, won + (isWon ? 1 : 0));
        }
    }

    /** The levels of the cells of an opportunity, coarsest first. */
    private static final List<WinRate.Level> LEVELS = List.of(WinRate.Level.PIPELINE, WinRate.Level.PRODUCT, WinRate.Level.SEGMENT);

    private final PipelineIndex pipelines;
    private final StageWinRatesConfig config;
    private final Map<Cell, Tally> tallies;
    private final int closed;

    private StageWinRates(PipelineIndex pipelines, StageWinRatesConfig config, Map<Cell, Tally> tallies, int closed) {
        this.pipelines = pipelines;
        this.config = config;
        this.tallies = tallies;
        this.closed = closed;
    }

    /** Rates learned from {@code closed} deals of {@code pipeline} with the default settings. */
    public static StageWinRates learn(Pipeline pipeline, Collection<ClosedOpportunity> closed) {
        return learn(List.of(Checks.nonNull(pipeline, "pipeline")), closed, StageWinRatesConfig.ofDefaults());
    }

    /**
     * Rates learned from {@code closed} deals of {@code pipelines}.
     *
     * @throws IllegalArgumentException if a deal's pipeline is not among {@code pipelines} or the stage it reached is
     *                                  not an open stage of it, naming the deal
     */
    public static StageWinRates learn(Collection<Pipeline> pipelines, Collection<ClosedOpportunity> closed,
                                      StageWinRatesConfig config) {
        PipelineIndex index = PipelineIndex.of(pipelines);
        Checks.nonNull(closed, "closed");
        Checks.nonNull(config, "config");
        Map<Cell, Tally> tallies = new HashMap<>();
        for (ClosedOpportunity deal : closed) {
            Checks.nonNull(deal, "a closed opportunity");
            List<Stage> reached;
            try {
                reached = index.reached(deal.pipeline(), deal.stageReached());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("closed opportunity " + deal.id() + ": " + e.getMessage(), e);
            }
            for (Stage stage : reached) {
                for (Cell cell : cells(deal.pipeline(), stage.key(), deal.product(), deal.segment())) {
                    tallies.merge(cell, Tally.NONE.plus(deal.won()), (a, b) -> a.plus(deal.won()));
                }
            }
        }
        return new StageWinRates(index, config, Map.copyOf(tallies), closed.size());
    }

    /** The cells a deal or an opportunity falls in, coarsest first. */
    private static List<Cell> cells(PipelineId pipeline, String stage, Optional<String> product, Optional<String> segment) {
        List<Cell> cells = new ArrayList<>(3);
        cells.add(new Cell(pipeline, stage, Optional.empty(), Optional.empty()));
        if (product.isPresent()) {
            cells.add(new Cell(pipeline, stage, product, Optional.empty()));
            if (segment.isPresent()) {
                cells.add(new Cell(pipeline, stage, product, segment));
            }
        }
        return cells;
    }

    /**
     * The win rate of {@code open}: the finest level with enough closed deals, else the stage default. Without a
     * product the product and segment levels do not apply; without a segment the segment level does not.
     *
     * @throws IllegalArgumentException if its pipeline is not known or its stage is not an open stage of it
     */
    public WinRate winRate(OpportunitySnapshot open) {
        Checks.nonNull(open, "open");
        Stage stage = pipelines.requireOpenStage(open.pipeline(), open.stage());
        Pipeline pipeline = pipelines.require(open.pipeline());
        List<Cell> cells = cells(open.pipeline(), open.stage(), open.product(), open.segment());
        List<WinRate.Count> counts = new ArrayList<>(cells.size());
        double prior = stage.probability().value();
        for (int level = 0; level < cells.size(); level++) {
            Cell cell = cells.get(level);
            Tally tally = tallies.getOrDefault(cell, Tally.NONE);
            double smoothed = smooth(tally, prior);
            counts.add(new WinRate.Count(LEVELS.get(level), key(pipeline, cell), tally.closed(), tally.won(),
                    Probability.of(smoothed)));
            prior = smoothed;
        }
        int used = -1;
        for (int level = counts.size() - 1; level >= 0; level--) {
            if (counts.get(level).closed() >= config.minimumClosed()) {
                used = level;
                break;
            }
        }
        StringBuilder why = new StringBuilder();
        Probability probability;
        WinRate.Level level;
        if (used < 0) {
            probability = stage.probability();
            level = WinRate.Level.STAGE_DEFAULT;
            why.append(percent(probability.value())).append(": the default probability of stage ").append(stage.key())
                    .append(", as only ").append(counts.get(0).closed()).append(" closed deals of ").append(counts.get(0).key())
                    .append(" reached it (minimum ").append(config.minimumClosed()).append(')');
        } else {
            WinRate.Count count = counts.get(used);
            probability = count.smoothed();
            level = count.level();
            double towards = used == 0 ? stage.probability().value() : counts.get(used - 1).smoothed().value();
            why.append(percent(probability.value())).append(": ").append(count.won()).append(" of ").append(count.closed())
                    .append(" closed deals of ").append(count.key()).append(" that reached stage ").append(stage.key())
                    .append(" were won");
            if (config.smoothing() > 0) {
                why.append(" (smoothed towards ").append(percent(towards)).append(')');
            }
            for (int finer = used + 1; finer < counts.size(); finer++) {
                why.append("; ").append(counts.get(finer).key()).append(" has only ").append(counts.get(finer).closed())
                        .append(" (minimum ").append(config.minimumClosed()).append(')');
            }
        }
        if (open.product().isEmpty()) {
            why.append("; the deal has no product");
        } else if (open.segment().isEmpty()) {
            why.append("; the deal has no segment");
        }
        return new WinRate(probability, level, counts, why.toString());
    }

    private double smooth(Tally tally, double prior) {
        double m = config.smoothing();
        if (tally.closed() + m == 0) {
            return prior;
        }
        return Math.min(1, Math.max(0, (tally.won() + m * prior) / (tally.closed() + m)));
    }

    private static String key(Pipeline pipeline, Cell cell) {
        if (cell.product().isEmpty()) {
            return "pipeline " + pipeline.name();
        }
        return "product " + cell.product().get() + cell.segment().map(s -> " in segment " + s).orElse("");
    }

    private static String percent(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** The settings. */
    public StageWinRatesConfig config() {
        return config;
    }

    /** The number of closed deals learned from. */
    public int closedCount() {
        return closed;
    }

    @Override
    public String toString() {
        return "StageWinRates[" + closed + " closed deals, " + tallies.size() + " cells, " + config + "]";
    }
}
