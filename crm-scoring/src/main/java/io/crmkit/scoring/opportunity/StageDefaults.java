package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.shared.Probability;
import io.crmkit.scoring.internal.Checks;

import java.util.Collection;
import java.util.List;

/**
 * The simplest win probability: the default probability an administrator gave the opportunity's stage in its
 * {@link Pipeline} (the number CRM suites show next to a stage). It ignores everything but the stage, so within a stage
 * it cannot rank deals, and it is only as calibrated as the administrator's guess; it is the baseline the learned
 * engines are measured against. Immutable and thread-safe.
 * <pre>{@code
 * Probability p = StageDefaults.of(pipeline).probability(snapshot);   // e.g. 50% in "engaging"
 * }</pre>
 */
public final class StageDefaults {

    private final PipelineIndex pipelines;

    private StageDefaults(PipelineIndex pipelines) {
        this.pipelines = pipelines;
    }

    /** The defaults of the stages of {@code pipeline}. */
    public static StageDefaults of(Pipeline pipeline) {
        return of(List.of(Checks.nonNull(pipeline, "pipeline")));
    }

    /** The defaults of the stages of {@code pipelines} (distinct ids). */
    public static StageDefaults of(Collection<Pipeline> pipelines) {
        return new StageDefaults(PipelineIndex.of(pipelines));
    }

    /**
     * The default probability of the stage {@code open} is in.
     *
     * @throws IllegalArgumentException if its pipeline is not known or its stage is not an open stage of it
     */
    public Probability probability(OpportunitySnapshot open) {
        Checks.nonNull(open, "open");
        return pipelines.requireOpenStage(open.pipeline(), open.stage()).probability();
    }
}
