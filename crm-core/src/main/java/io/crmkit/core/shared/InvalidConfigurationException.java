package io.crmkit.core.shared;

import java.util.List;

/**
 * Configuration (a pipeline, a rule set, a policy) that is invalid, with <b>every</b> problem found, not just the
 * first. Each problem starts with the path of the offending element: {@code stages[2]: ...} for a configuration
 * built in code, {@code $.stages[2].probability: ...} for one loaded from JSON.
 */
public final class InvalidConfigurationException extends IllegalArgumentException {

    private final String subject;
    private final transient List<String> problems;

    /** Creates the exception for {@code subject} (e.g. "pipeline 'Direct sales'") with at least one problem. */
    public InvalidConfigurationException(String subject, List<String> problems) {
        super(subject + " is invalid: " + String.join("; ", problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("an invalid configuration needs at least one problem");
        }
        this.subject = subject;
        this.problems = List.copyOf(problems);
    }

    /** What was being configured. */
    public String subject() {
        return subject;
    }

    /** Every problem, each prefixed with its path. */
    public List<String> problems() {
        return problems;
    }
}
