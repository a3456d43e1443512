package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

/** A row of a delimited file that was left out, with the 1-based line it starts on and why. */
public record CsvProblem(long line, String message) {

    public CsvProblem {
        Checks.argument(line >= 1, "line must be at least 1 but was " + line);
        Checks.nonBlank(message, "message");
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
