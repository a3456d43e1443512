package io.crmkit.pricing.quote;

import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.waterfall.LineRequest;

/**
 * A line of a quote: what to price and the group it is shown in ({@code Hardware}, {@code Year 1}).
 *
 * @param group the group's name
 * @param line  what to price; its key identifies the line across versions
 */
public record QuoteLine(String group, LineRequest line) {

    /** Validates. */
    public QuoteLine {
        group = Checks.nonBlank(group, "group");
        Checks.nonNull(line, "line");
    }

    /** The line's key. */
    public String key() {
        return line.key();
    }
}
