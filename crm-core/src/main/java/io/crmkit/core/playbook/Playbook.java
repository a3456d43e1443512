package io.crmkit.core.playbook;

import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The tasks to create when a deal of one pipeline enters each stage, by stage key. Immutable. */
public record Playbook(PipelineId pipeline, Map<String, List<TaskTemplate>> tasksByStage) {

    /** Copies the tasks. */
    public Playbook {
        Require.nonNull(pipeline, "pipeline");
        Require.nonNull(tasksByStage, "tasksByStage");
        Map<String, List<TaskTemplate>> copy = new LinkedHashMap<>();
        tasksByStage.forEach((stage, tasks) -> copy.put(Require.nonBlank(stage, "stage"), Require.listOf(tasks, "tasks of " + stage)));
        tasksByStage = java.util.Collections.unmodifiableMap(copy);
    }

    /** The tasks for a deal entering {@code stage} (none if the playbook says nothing about it). */
    public List<TaskTemplate> tasksOnEntering(String stage) {
        return tasksByStage.getOrDefault(stage, List.of());
    }

    /** Checks that every stage it names exists in {@code definition}, reporting every unknown one. */
    public Playbook checkAgainst(Pipeline definition) {
        Require.argument(definition.id().equals(pipeline), "playbook of pipeline " + pipeline + " checked against " + definition.id());
        List<String> problems = new ArrayList<>();
        tasksByStage.keySet().forEach(stage -> {
            if (definition.stages().stream().noneMatch(s -> s.key().equals(stage))) {
                problems.add("tasksByStage." + stage + ": pipeline '" + definition.name() + "' has no such stage");
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("playbook of pipeline '" + definition.name() + "'", problems);
        }
        return this;
    }
}
