package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;

/**
 * A won deal: closed revenue.
 *
 * @param id       the deal
 * @param owner    the rep who won it
 * @param amount   the revenue, a finite number of at least 0
 * @param closedOn the day it was won
 */
public record WonDeal(String id, String owner, double amount, LocalDate closedOn) {

    public WonDeal {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(owner, "owner");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number of at least 0 but was " + amount + " (deal " + id + ")");
        }
        Checks.nonNull(closedOn, "closedOn");
    }
}
