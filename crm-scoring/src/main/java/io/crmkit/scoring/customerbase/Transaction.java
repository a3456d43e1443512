package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;

/**
 * One purchase: who bought, on which day, for how much (in the currency of the data set).
 *
 * @param customerId the customer, not blank
 * @param date       the day of the purchase
 * @param amount     the amount spent, a finite number of at least 0
 */
public record Transaction(String customerId, LocalDate date, double amount) {

    public Transaction {
        Checks.nonBlank(customerId, "customerId");
        Checks.nonNull(date, "date");
        if (!(amount >= 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException("amount must be a finite number of at least 0 but was " + amount);
        }
    }
}
