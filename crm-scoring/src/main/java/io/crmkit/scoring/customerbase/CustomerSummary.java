package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;

/**
 * One customer's purchase history in the calibration period, as the models need it (the literature's x, t_x, T),
 * with what the customer did in the holdout period.
 *
 * @param customerId         the customer
 * @param firstPurchase      the day of the first purchase
 * @param frequency          x: the number of repeat purchase days in the calibration period (0 or more)
 * @param recency            t_x: weeks from the first purchase to the last one in the calibration period (0 if none)
 * @param age                T: weeks from the first purchase to the end of the calibration period, at least recency
 * @param averageRepeatValue z&#772;: the mean amount of the repeat purchase days (0 if there were none)
 * @param holdoutPurchases   the number of purchase days in the holdout period (0 if there is none)
 * @param holdoutValue       the amount spent in the holdout period
 */
public record CustomerSummary(String customerId, LocalDate firstPurchase, int frequency, double recency, double age,
                              double averageRepeatValue, int holdoutPurchases, double holdoutValue) {

    public CustomerSummary {
        Checks.nonBlank(customerId, "customerId");
        Checks.nonNull(firstPurchase, "firstPurchase");
        Checks.atLeast(frequency, 0, "frequency");
        Checks.atLeast(holdoutPurchases, 0, "holdoutPurchases");
        if (!(recency >= 0) || !(age >= recency) || Double.isInfinite(age)) {
            throw new IllegalArgumentException("recency and age must satisfy 0 <= recency <= age < infinity but were "
                    + recency + " and " + age + " (customer " + customerId + ")");
        }
        if (frequency == 0 && recency != 0) {
            throw new IllegalArgumentException("recency must be 0 when frequency is 0 but was " + recency
                    + " (customer " + customerId + ")");
        }
        if (!(averageRepeatValue >= 0) || Double.isInfinite(averageRepeatValue)) {
            throw new IllegalArgumentException("averageRepeatValue must be a finite number of at least 0 but was "
                    + averageRepeatValue + " (customer " + customerId + ")");
        }
        if (!(holdoutValue >= 0) || Double.isInfinite(holdoutValue)) {
            throw new IllegalArgumentException("holdoutValue must be a finite number of at least 0 but was " + holdoutValue);
        }
    }

    /** A customer known only by x, t_x and T (for scoring a customer from elsewhere). */
    public static CustomerSummary of(String customerId, int frequency, double recency, double age) {
        return new CustomerSummary(customerId, LocalDate.EPOCH, frequency, recency, age, 0, 0, 0);
    }
}
