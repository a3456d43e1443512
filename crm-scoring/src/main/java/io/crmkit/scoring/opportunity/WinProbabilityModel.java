package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.shared.Probability;
import io.crmkit.scoring.internal.Checks;
import io.crmkit.scoring.predictive.Dataset;
import io.crmkit.scoring.predictive.EncodingConfig;
import io.crmkit.scoring.predictive.LogisticModel;
import io.crmkit.scoring.predictive.LogisticRegression;
import io.crmkit.scoring.predictive.LogisticRegressionConfig;
import io.crmkit.scoring.predictive.Row;

import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/**
 * A win probability learned by logistic regression ({@link LogisticRegression}) from closed deals, on what is known
 * about an open deal: its pipeline and stage, days in stage and days since the last activity (each in quantile bins,
 * so the effect need not be a straight line), amount band (quantile bins of the amount), product and segment. Each
 * closed deal gives training rows for the open stages it reached: the views of {@link WinProbabilityConfig#snapshots()}
 * in its last stage, and one row for each earlier stage (with days in stage unknown). A missing value adds nothing,
 * as does a product or segment not seen in training; inputs that never vary in training (a pipeline with one open
 * stage, activities no deal has) drop out of the model.
 * <pre>{@code
 * WinProbabilityModel model = WinProbabilityModel.train(List.of(pipeline), closedDeals, WinProbabilityConfig.ofDefaults());
 * Probability p = model.probability(openDeal);
 * model.logisticModel().coefficients();   // {"days_in_stage<7": -0.21, "product=GTX Pro": 0.04, ...}
 * }</pre>
 * Immutable and thread-safe.
 */
public final class WinProbabilityModel {

    /** The name of the target, and of each input column of the {@link #logisticModel() logistic model}. */
    public static final String WON = "won";
    public static final String PIPELINE = "pipeline";
    public static final String STAGE = "stage";
    public static final String DAYS_IN_STAGE = "days_in_stage";
    public static final String AMOUNT = "amount";
    public static final String DAYS_SINCE_ACTIVITY = "days_since_activity";
    public static final String PRODUCT = "product";
    public static final String SEGMENT = "segment";

    private final PipelineIndex pipelines;
    private final WinProbabilityConfig config;
    private final LogisticModel model;
    private final int trainingRows;

    private WinProbabilityModel(PipelineIndex pipelines, WinProbabilityConfig config, LogisticModel model, int trainingRows) {
        this.pipelines = pipelines;
        this.config = config;
        this.model = model;
        this.trainingRows = trainingRows;
    }

    /** A model of {@code closed} deals of {@code pipeline}, with the default settings. */
    public static WinProbabilityModel train(Pipeline pipeline, Collection<ClosedOpportunity> closed) {
        return train(List.of(Checks.nonNull(pipeline, "pipeline")), closed, WinProbabilityConfig.ofDefaults());
    }

    /**
     * A model of {@code closed} deals of {@code pipelines}.
     *
     * @throws IllegalArgumentException if the deals are all won or all lost, or a deal's pipeline or stage is unknown
     */
    public static WinProbabilityModel train(Collection<Pipeline> pipelines, Collection<ClosedOpportunity> closed,
                                            WinProbabilityConfig config) {
        PipelineIndex index = PipelineIndex.of(pipelines);
        Checks.nonNull(closed, "closed");
        Checks.nonNull(config, "config");
        long won = closed.stream().filter(d -> Checks.nonNull(d, "a closed opportunity").won()).count();
        Checks.argument(won > 0 && won < closed.size(), "a win-probability model needs won and lost deals but the "
                + closed.size() + " closed deals have " + won + " won");
        Dataset.Builder data = Dataset.builder(WON).categorical(PIPELINE).categorical(STAGE).numeric(DAYS_IN_STAGE)
                .numeric(AMOUNT).numeric(DAYS_SINCE_ACTIVITY).categorical(PRODUCT).categorical(SEGMENT);
        for (ClosedOpportunity deal : closed) {
            List<Stage> reached;
            try {
                reached = index.reached(deal.pipeline(), deal.stageReached());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("closed opportunity " + deal.id() + ": " + e.getMessage(), e);
            }
            for (Stage earlier : reached.subList(0, reached.size() - 1)) {
                add(data, deal.won(), new OpportunitySnapshot(deal.pipeline(), earlier.key(), deal.product(), deal.segment(),
                        OptionalInt.empty(), deal.amount(), OptionalInt.empty()));
            }
            for (OpportunitySnapshot view : config.snapshots().snapshots(deal)) {
                add(data, deal.won(), view);
            }
        }
        Dataset training = data.build();
        LogisticRegression trainer = LogisticRegression.with(LogisticRegressionConfig.custom().l2(config.l2())
                .encoding(EncodingConfig.custom()
                        .quantileBins(DAYS_IN_STAGE, config.daysInStageBins())
                        .quantileBins(AMOUNT, config.amountBands())
                        .quantileBins(DAYS_SINCE_ACTIVITY, config.activityRecencyBins())
                        .build())
                .build());
        return new WinProbabilityModel(index, config, trainer.train(training), training.size());
    }

    private static void add(Dataset.Builder data, boolean won, OpportunitySnapshot s) {
        data.add(won, s.pipeline().toString(), s.stage(),
                s.daysInStage().isPresent() ? (Object) s.daysInStage().getAsInt() : null,
                s.amount().isPresent() ? (Object) s.amount().getAsDouble() : null,
                s.daysSinceLastActivity().isPresent() ? (Object) s.daysSinceLastActivity().getAsInt() : null,
                s.product().orElse(null), s.segment().orElse(null));
    }

    /**
     * The win probability of {@code open}.
     *
     * @throws IllegalArgumentException if its pipeline is not one the model was trained for or its stage is not an
     *                                  open stage of it
     */
    public Probability probability(OpportunitySnapshot open) {
        Checks.nonNull(open, "open");
        pipelines.requireOpenStage(open.pipeline(), open.stage());
        return Probability.of(model.probability(row(open)));
    }

    static Row row(OpportunitySnapshot s) {
        Row.Builder row = Row.builder().category(PIPELINE, s.pipeline().toString()).category(STAGE, s.stage());
        s.daysInStage().ifPresent(d -> row.number(DAYS_IN_STAGE, d));
        s.amount().ifPresent(a -> row.number(AMOUNT, a));
        s.daysSinceLastActivity().ifPresent(d -> row.number(DAYS_SINCE_ACTIVITY, d));
        s.product().ifPresent(p -> row.category(PRODUCT, p));
        s.segment().ifPresent(p -> row.category(SEGMENT, p));
        return row.build();
    }

    /** The trained logistic regression: its coefficients by feature name, and its export with {@code LogisticModelJson}. */
    public LogisticModel logisticModel() {
        return model;
    }

    /** The settings it was trained with. */
    public WinProbabilityConfig config() {
        return config;
    }

    /** The number of training rows (views of closed deals) it learned from. */
    public int trainingRows() {
        return trainingRows;
    }

    @Override
    public String toString() {
        return "WinProbabilityModel[" + trainingRows + " training rows, " + model.coefficients().size() + " features, " + config + "]";
    }
}
