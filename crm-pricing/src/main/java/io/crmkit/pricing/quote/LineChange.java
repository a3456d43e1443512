package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * How one line differs between two versions.
 *
 * @param key       the line's key
 * @param before    the line in the earlier version, if it was there
 * @param after     the line in the later version, if it is there
 * @param netBefore its net amount before (zero if added)
 * @param netAfter  its net amount after (zero if removed)
 * @param fields    what changed: {@code product}, {@code quantity}, {@code group}, {@code discount}, {@code options},
 *                  {@code term}, {@code net}; empty for added or removed lines
 */
public record LineChange(String key, Optional<QuoteLine> before, Optional<QuoteLine> after, Money netBefore, Money netAfter, List<String> fields) {

    /** Copies. */
    public LineChange {
        fields = List.copyOf(fields);
    }

    /** Net after minus net before. */
    public Money netDelta() {
        return netAfter.minus(netBefore);
    }
}
