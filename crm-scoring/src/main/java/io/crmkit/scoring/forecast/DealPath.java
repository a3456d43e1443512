package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The stages a deal went through, in order, and how it ended.
 *
 * @param id       the deal
 * @param visits   the open stages it reached, in pipeline order, each with the day it entered (if known); not empty
 * @param outcome  open, won or lost
 * @param closedOn the day it was won or lost; present exactly when it is closed
 * @param amount   its amount (the revenue if won)
 */
public record DealPath(String id, List<Visit> visits, Outcome outcome, Optional<LocalDate> closedOn, double amount) {

    /** How a deal stands. */
    public enum Outcome { OPEN, WON, LOST }

    /**
     * One stage reached.
     *
     * @param stage     the stage
     * @param enteredOn when it entered the stage, if known
     */
    public record Visit(String stage, Optional<LocalDate> enteredOn) {
        public Visit {
            Checks.nonBlank(stage, "stage");
            Checks.nonNull(enteredOn, "enteredOn");
        }
    }

    public DealPath {
        Checks.nonBlank(id, "id");
        visits = List.copyOf(Checks.nonNull(visits, "visits"));
        Checks.argument(!visits.isEmpty(), "visits of deal " + id + " must not be empty");
        Checks.nonNull(outcome, "outcome");
        Checks.nonNull(closedOn, "closedOn");
        Checks.argument((outcome == Outcome.OPEN) == closedOn.isEmpty(), "deal " + id + " is " + outcome
                + (closedOn.isEmpty() ? " but has no close date" : " but has a close date"));
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number of at least 0 but was " + amount + " (deal " + id + ")");
        }
    }

    /** The last stage reached. */
    public String lastStage() {
        return visits.get(visits.size() - 1).stage();
    }
}
