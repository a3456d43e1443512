package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.scoring.internal.Checks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The pipelines an engine knows, by id, with the checks every engine makes on a snapshot or a closed deal. */
final class PipelineIndex {

    private final Map<PipelineId, Pipeline> byId;

    private PipelineIndex(Map<PipelineId, Pipeline> byId) {
        this.byId = byId;
    }

    /** Rejects an empty collection and two pipelines with one id. */
    static PipelineIndex of(Collection<Pipeline> pipelines) {
        Checks.nonNull(pipelines, "pipelines");
        Checks.argument(!pipelines.isEmpty(), "at least one pipeline is needed");
        Map<PipelineId, Pipeline> byId = new LinkedHashMap<>();
        for (Pipeline p : pipelines) {
            Checks.nonNull(p, "a pipeline");
            Pipeline before = byId.putIfAbsent(p.id(), p);
            Checks.argument(before == null, "pipelines '" + (before == null ? "" : before.name()) + "' and '" + p.name()
                    + "' have the same id " + p.id());
        }
        return new PipelineIndex(Map.copyOf(byId));
    }

    Collection<Pipeline> all() {
        return byId.values();
    }

    Pipeline require(PipelineId id) {
        Pipeline p = byId.get(id);
        if (p == null) {
            throw new IllegalArgumentException("pipeline " + id + " is not one of the pipelines given: "
                    + byId.values().stream().map(x -> x.name() + " (" + x.id() + ")").sorted().toList());
        }
        return p;
    }

    /** The open stage {@code stage} of pipeline {@code id}, or an exception naming both. */
    Stage requireOpenStage(PipelineId id, String stage) {
        Pipeline p = require(id);
        Stage s = p.requireStage(stage);
        Checks.argument(!s.isClosed(), "stage '" + stage + "' of pipeline '" + p.name() + "' closes the opportunity ("
                + s.outcome() + "): only open stages have a win probability to estimate");
        return s;
    }

    /** The open stages of pipeline {@code id} a deal that got as far as {@code stage} went through, in order. */
    List<Stage> reached(PipelineId id, String stage) {
        Stage last = requireOpenStage(id, stage);
        return byId.get(id).openStages().stream().filter(s -> s.order() <= last.order()).toList();
    }
}
