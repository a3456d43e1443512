package io.crmkit.scoring.forecast;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A calendar quarter, such as 2017-Q4.
 *
 * @param year    the year
 * @param quarter 1 to 4
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4 but was " + quarter);
        }
    }

    /** The quarter of a month. */
    public static Quarter of(YearMonth month) {
        return new Quarter(month.getYear(), (month.getMonthValue() - 1) / 3 + 1);
    }

    /** The quarter of a day. */
    public static Quarter of(LocalDate day) {
        return of(YearMonth.from(day));
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    /** {@code "2017-Q4"}. */
    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
