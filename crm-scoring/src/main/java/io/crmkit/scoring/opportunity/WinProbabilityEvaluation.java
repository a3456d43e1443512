package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.predictive.Evaluation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

/**
 * The three win-probability approaches compared on the later period of a {@link TimeOrderedSplit}: each is learned
 * from the training deals only and evaluated ({@link Evaluation}: AUC, log loss, Brier score, top-decile lift,
 * calibration) on views of the test deals while they were still open:
 * <ol>
 *   <li>{@link Approach#STAGE_DEFAULT}: the stage's default probability;</li>
 *   <li>{@link Approach#HISTORICAL_WIN_RATE}: {@link StageWinRates} by pipeline, product and segment;</li>
 *   <li>{@link Approach#LOGISTIC_MODEL}: the {@link WinProbabilityModel}.</li>
 * </ol>
 * Views: every test deal at its stage entry, and, if the model learns from landmarks, every test deal at each landmark
 * it was still open at. A last line shows the logistic model trained and tested with the days in stage known only at
 * close ({@link SnapshotPolicy#atClose()}), which leaks the outcome and is never used to score open deals.
 * <pre>{@code
 * TimeOrderedSplit split = TimeOrderedSplit.of(closedDeals, 0.8);
 * WinProbabilityEvaluation.run(List.of(pipeline), split, StageWinRatesConfig.ofDefaults(), WinProbabilityConfig.ofDefaults())
 *         .results().forEach(r -> System.out.println(r.summary()));
 * }</pre>
 */
public final class WinProbabilityEvaluation {

    /** A way of estimating win probability. */
    public enum Approach {
        /** The stage's default probability from the pipeline. */
        STAGE_DEFAULT("stage default"),
        /** Historical stage-to-win rates by pipeline, product and segment. */
        HISTORICAL_WIN_RATE("historical win rate"),
        /** The logistic model. */
        LOGISTIC_MODEL("logistic model");

        private final String label;

        Approach(String label) {
            this.label = label;
        }

        /** {@code "stage default"}, {@code "historical win rate"}, {@code "logistic model"}. */
        public String label() {
            return label;
        }
    }

    /**
     * One approach evaluated on one view of the test deals.
     *
     * @param approach   the approach
     * @param view       which views of the test deals (and, for the logistic model, of the training deals)
     * @param evaluation the metrics
     */
    public record Result(Approach approach, SnapshotPolicy view, Evaluation evaluation) {

        public Result {
            Checks.nonNull(approach, "approach");
            Checks.nonNull(view, "view");
            Checks.nonNull(evaluation, "evaluation");
        }

        /** True if the view uses what was known only at close. */
        public boolean leaks() {
            return view.leaksOutcome();
        }

        /** {@code "logistic model, at stage entry: rows=1343 positives=874 auc=0.5012 ..."}. */
        public String summary() {
            return approach.label() + ", " + view.describe() + ": " + evaluation.summary();
        }
    }

    private final TimeOrderedSplit split;
    private final StageWinRates winRates;
    private final WinProbabilityModel model;
    private final List<Result> results;

    private WinProbabilityEvaluation(TimeOrderedSplit split, StageWinRates winRates, WinProbabilityModel model,
                                     List<Result> results) {
        this.split = split;
        this.winRates = winRates;
        this.model = model;
        this.results = List.copyOf(results);
    }

    /**
     * Learns each approach from {@code split.training()} and evaluates it on {@code split.test()}.
     *
     * @throws IllegalArgumentException if {@code modelConfig} learns from views that leak the outcome, or the test
     *                                  deals are all won or all lost
     */
    public static WinProbabilityEvaluation run(Collection<Pipeline> pipelines, TimeOrderedSplit split,
                                               StageWinRatesConfig ratesConfig, WinProbabilityConfig modelConfig) {
        Checks.nonNull(split, "split");
        Checks.nonNull(modelConfig, "modelConfig");
        Checks.argument(!modelConfig.snapshots().leaksOutcome(), "the model must learn from views known while deals "
                + "are open, but " + modelConfig.snapshots().describe() + " leaks the outcome");
        StageDefaults defaults = StageDefaults.of(pipelines);
        StageWinRates rates = StageWinRates.learn(pipelines, split.training(), ratesConfig);
        WinProbabilityModel model = WinProbabilityModel.train(pipelines, split.training(), modelConfig);

        List<SnapshotPolicy> views = new ArrayList<>();
        views.add(SnapshotPolicy.atStageEntry());
        if (!modelConfig.snapshots().equals(SnapshotPolicy.atStageEntry())) {
            views.add(modelConfig.snapshots());
        }
        List<Result> results = new ArrayList<>();
        for (SnapshotPolicy view : views) {
            results.add(evaluate(Approach.STAGE_DEFAULT, view, split.test(), s -> defaults.probability(s).value()));
            results.add(evaluate(Approach.HISTORICAL_WIN_RATE, view, split.test(), s -> rates.winRate(s).probability().value()));
            results.add(evaluate(Approach.LOGISTIC_MODEL, view, split.test(), s -> model.probability(s).value()));
        }
        WinProbabilityModel leaky = WinProbabilityModel.train(pipelines, split.training(),
                WinProbabilityConfig.from(modelConfig).snapshots(SnapshotPolicy.atClose()).build());
        results.add(evaluate(Approach.LOGISTIC_MODEL, SnapshotPolicy.atClose(), split.test(), s -> leaky.probability(s).value()));
        return new WinProbabilityEvaluation(split, rates, model, results);
    }

    private static Result evaluate(Approach approach, SnapshotPolicy view, List<ClosedOpportunity> test,
                                   ToDoubleFunction<OpportunitySnapshot> predict) {
        List<Double> p = new ArrayList<>();
        List<Boolean> y = new ArrayList<>();
        for (ClosedOpportunity deal : test) {
            for (OpportunitySnapshot s : view.snapshots(deal)) {
                p.add(predict.applyAsDouble(s));
                y.add(deal.won());
            }
        }
        double[] probabilities = p.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] labels = new boolean[y.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = y.get(i);
        }
        return new Result(approach, view, Evaluation.of(probabilities, labels));
    }

    /** The split evaluated on. */
    public TimeOrderedSplit split() {
        return split;
    }

    /** The win rates learned from the training deals. */
    public StageWinRates winRates() {
        return winRates;
    }

    /** The logistic model learned from the training deals. */
    public WinProbabilityModel model() {
        return model;
    }

    /** Every result: for each view, the three approaches in order; the leaky logistic model last. */
    public List<Result> results() {
        return results;
    }

    /** The result of {@code approach} on views of kind {@code view}, if it was evaluated. */
    public Optional<Result> result(Approach approach, SnapshotPolicy.Kind view) {
        return results.stream().filter(r -> r.approach() == approach && r.view().kind() == view).findFirst();
    }
}
