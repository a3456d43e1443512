package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Transactions turned into {@link CustomerSummary customer summaries} with the literature's preparation (Fader, Hardie
 * and Lee 2005): time in weeks (days / 7); purchases on the same day merged into one (their amounts added); x the number
 * of repeat purchase days up to and including the calibration end; t_x and T measured from the first purchase; the
 * holdout period runs from the day after the calibration end to the holdout end, inclusive. Customers whose first
 * purchase is after the calibration end are not in the calibration sample and are only counted.
 *
 * @param customers                  one summary per customer, ordered by id (numeric ids numerically)
 * @param calibrationEnd             the last day of the calibration period
 * @param holdoutEnd                 the last day of the holdout period (equal to calibrationEnd when there is none)
 * @param customersAfterCalibration  customers whose first purchase is after the calibration end
 */
public record CustomerSummaries(List<CustomerSummary> customers, LocalDate calibrationEnd, LocalDate holdoutEnd,
                                int customersAfterCalibration) {

    public CustomerSummaries {
        customers = List.copyOf(Checks.nonNull(customers, "customers"));
        Checks.nonNull(calibrationEnd, "calibrationEnd");
        Checks.nonNull(holdoutEnd, "holdoutEnd");
        if (holdoutEnd.isBefore(calibrationEnd)) {
            throw new IllegalArgumentException("holdoutEnd must not be before calibrationEnd " + calibrationEnd
                    + " but was " + holdoutEnd);
        }
    }

    /** Summaries with no holdout period: every transaction up to {@code calibrationEnd} is used. */
    public static CustomerSummaries of(List<Transaction> transactions, LocalDate calibrationEnd) {
        return of(transactions, calibrationEnd, calibrationEnd);
    }

    /** Summaries of the calibration period up to {@code calibrationEnd} and the holdout period after it up to {@code holdoutEnd}. */
    public static CustomerSummaries of(List<Transaction> transactions, LocalDate calibrationEnd, LocalDate holdoutEnd) {
        Checks.nonNull(transactions, "transactions");
        Checks.nonNull(calibrationEnd, "calibrationEnd");
        Checks.nonNull(holdoutEnd, "holdoutEnd");
        Map<String, TreeMap<LocalDate, Double>> days = new LinkedHashMap<>();
        for (Transaction t : transactions) {
            days.computeIfAbsent(t.customerId(), k -> new TreeMap<>()).merge(t.date(), t.amount(), Double::sum);
        }
        List<CustomerSummary> customers = new ArrayList<>();
        int after = 0;
        for (Map.Entry<String, TreeMap<LocalDate, Double>> e : days.entrySet()) {
            LocalDate first = e.getValue().firstKey();
            if (first.isAfter(calibrationEnd)) {
                after++;
                continue;
            }
            int x = 0;
            LocalDate last = first;
            double repeatValue = 0;
            int holdout = 0;
            double holdoutValue = 0;
            for (Map.Entry<LocalDate, Double> day : e.getValue().entrySet()) {
                LocalDate d = day.getKey();
                if (d.equals(first)) {
                    continue;
                }
                if (!d.isAfter(calibrationEnd)) {
                    x++;
                    last = d;
                    repeatValue += day.getValue();
                } else if (!d.isAfter(holdoutEnd)) {
                    holdout++;
                    holdoutValue += day.getValue();
                }
            }
            customers.add(new CustomerSummary(e.getKey(), first, x, weeks(first, last), weeks(first, calibrationEnd),
                    x == 0 ? 0 : repeatValue / x, holdout, holdoutValue));
        }
        customers.sort(Comparator.comparing(CustomerSummary::customerId, CustomerSummaries::compareIds));
        return new CustomerSummaries(customers, calibrationEnd, holdoutEnd, after);
    }

    /** Weeks between two days: days / 7. */
    public static double weeks(LocalDate from, LocalDate to) {
        return ChronoUnit.DAYS.between(from, to) / 7.0;
    }

    /** The length of the holdout period in weeks. */
    public double holdoutWeeks() {
        return weeks(calibrationEnd, holdoutEnd);
    }

    /** The summary of {@code customerId}, if that customer is in the calibration sample. */
    public Optional<CustomerSummary> customer(String customerId) {
        return customers.stream().filter(c -> c.customerId().equals(customerId)).findFirst();
    }

    /** Numeric ids in numeric order, then the others in text order. */
    static int compareIds(String a, String b) {
        boolean na = a.chars().allMatch(Character::isDigit) && a.length() < 18;
        boolean nb = b.chars().allMatch(Character::isDigit) && b.length() < 18;
        if (na && nb) {
            return Long.compare(Long.parseLong(a), Long.parseLong(b));
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return a.compareTo(b);
    }
}
