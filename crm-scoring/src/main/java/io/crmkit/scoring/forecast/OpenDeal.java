package io.crmkit.scoring.forecast;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;

/**
 * An open deal as the forecast sees it.
 *
 * @param id            the deal
 * @param owner         the rep who owns it
 * @param amount        its amount, a finite number of at least 0
 * @param probability   the probability that it is won, in [0,1]
 * @param expectedClose the day it is expected to close
 * @param category      its forecast category: PIPELINE, BEST_CASE or COMMIT (CLOSED and OMITTED are not open)
 */
public record OpenDeal(String id, String owner, double amount, double probability, LocalDate expectedClose,
                       ForecastCategory category) {

    public OpenDeal {
        Checks.nonBlank(id, "id");
        Checks.nonBlank(owner, "owner");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number of at least 0 but was " + amount + " (deal " + id + ")");
        }
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability must be in [0,1] but was " + probability + " (deal " + id + ")");
        }
        Checks.nonNull(expectedClose, "expectedClose");
        Checks.nonNull(category, "category");
        if (category == ForecastCategory.CLOSED || category == ForecastCategory.OMITTED) {
            throw new IllegalArgumentException("an open deal's category must be PIPELINE, BEST_CASE or COMMIT but was "
                    + category + " (deal " + id + ")");
        }
    }

    /** amount x probability. */
    public double weighted() {
        return amount * probability;
    }
}
