package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Probability;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sales process: ordered open stages followed by exactly one won and at least one lost stage, and the rule for
 * reopening closed deals. A host may keep several (direct, channel, project sales).
 * <pre>{@code
 * Pipeline direct = Pipeline.builder(PipelineId.newId(), "Direct sales")
 *     .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
 *     .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE, StageCriteria.primaryContact(), StageCriteria.amount())
 *     .open("negotiate", "Negotiate", 0.80, ForecastCategory.COMMIT)
 *     .won("won", "Closed won")
 *     .lost("lost", "Closed lost")
 *     .build();
 * }</pre>
 */
public record Pipeline(PipelineId id, String name, List<Stage> stages, ReopenRule reopenRule) {

    /**
     * Validates the whole pipeline.
     *
     * @throws InvalidConfigurationException with every problem found, each prefixed with its path ({@code stages[2]: ...})
     */
    public Pipeline {
        Require.nonNull(id, "id");
        name = Require.text(name, "pipeline name", 100);
        stages = Require.listOf(stages, "stages");
        Require.nonNull(reopenRule, "reopenRule");
        List<String> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        int won = 0;
        int lost = 0;
        boolean closedSeen = false;
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            if (!keys.add(s.key())) {
                problems.add("stages[" + i + "]: duplicate stage key '" + s.key() + "'");
            }
            if (s.order() != i) {
                problems.add("stages[" + i + "]: order must be " + i + " but was " + s.order());
            }
            if (s.isClosed()) {
                closedSeen = true;
                if (s.outcome() == OpportunityStatus.WON) {
                    won++;
                } else {
                    lost++;
                }
            } else if (closedSeen) {
                problems.add("stages[" + i + "]: open stage '" + s.key() + "' must come before the closed stages");
            }
        }
        if (stages.isEmpty() || stages.get(0).isClosed()) {
            problems.add("stages: a pipeline needs at least one open stage first");
        } else if (!stages.get(0).entryCriteria().isEmpty()) {
            problems.add("stages[0]: the first stage '" + stages.get(0).key() + "' is where opportunities open and cannot have entry criteria");
        }
        if (won != 1) {
            problems.add("stages: a pipeline needs exactly one won stage but had " + won);
        }
        if (lost < 1) {
            problems.add("stages: a pipeline needs at least one lost stage");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("pipeline '" + name + "'", problems);
        }
    }

    /** Starts building a pipeline. */
    public static Builder builder(PipelineId id, String name) {
        return new Builder(id, name);
    }

    /** The stage with {@code key}. */
    public Optional<Stage> stage(String key) {
        return stages.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** The stage with {@code key}, or an exception naming the key and the pipeline. */
    public Stage requireStage(String key) {
        return stage(key).orElseThrow(() -> new IllegalArgumentException(
                "stage '" + key + "' is not in pipeline '" + name + "' (stages: " + stages.stream().map(Stage::key).toList() + ")"));
    }

    /** The first stage, where opportunities open. */
    public Stage firstStage() {
        return stages.get(0);
    }

    /** The won stage. */
    public Stage wonStage() {
        return stages.stream().filter(s -> s.outcome() == OpportunityStatus.WON).findFirst().orElseThrow();
    }

    /** The first lost stage (the default for {@code closeLost}). */
    public Stage lostStage() {
        return stages.stream().filter(s -> s.outcome() == OpportunityStatus.LOST).findFirst().orElseThrow();
    }

    /** The open stages in order. */
    public List<Stage> openStages() {
        return stages.stream().filter(s -> !s.isClosed()).toList();
    }

    /** Builds a {@link Pipeline}; stages are added in order. */
    public static final class Builder {
        private final PipelineId id;
        private final String name;
        private final List<Stage> stages = new ArrayList<>();
        private ReopenRule reopenRule = ReopenRule.ofDefaults();

        private Builder(PipelineId id, String name) {
            this.id = id;
            this.name = name;
        }

        /** Adds an open stage with a default win probability and entry criteria. */
        public Builder open(String key, String name, double probability, ForecastCategory category, StageCriterion... criteria) {
            stages.add(new Stage(key, name, stages.size(), Probability.of(probability), category,
                    OpportunityStatus.OPEN, List.of(criteria)));
            return this;
        }

        /** Adds the won stage; {@code criteria} must hold to close won. */
        public Builder won(String key, String name, StageCriterion... criteria) {
            stages.add(new Stage(key, name, stages.size(), Probability.ONE, ForecastCategory.CLOSED,
                    OpportunityStatus.WON, List.of(criteria)));
            return this;
        }

        /** Adds a lost stage. */
        public Builder lost(String key, String name) {
            stages.add(new Stage(key, name, stages.size(), Probability.ZERO, ForecastCategory.OMITTED,
                    OpportunityStatus.LOST, List.of()));
            return this;
        }

        /** Sets the reopen rule (default {@link ReopenRule#ofDefaults()}). */
        public Builder reopenRule(ReopenRule rule) {
            this.reopenRule = Require.nonNull(rule, "reopenRule");
            return this;
        }

        /** The validated pipeline. */
        public Pipeline build() {
            return new Pipeline(id, name, stages, reopenRule);
        }
    }
}
