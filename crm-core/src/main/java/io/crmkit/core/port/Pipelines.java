package io.crmkit.core.port;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import java.util.List;
import java.util.Optional;

/** Where pipeline configurations are kept. */
public interface Pipelines {
    /** The pipeline with {@code id}, if any. */
    Optional<Pipeline> find(PipelineId id);

    /** Stores or replaces {@code pipeline}. */
    void save(Pipeline pipeline);

    /** Every pipeline, in the order they were first saved. */
    List<Pipeline> findAll();
}
