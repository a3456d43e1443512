package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.waterfall.LineRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What changed between two versions of a quote: lines added, removed and changed (matched by key), promotion codes
 * added and removed, and the deltas of the totals. The diff of a version with itself is {@link #isEmpty() empty}.
 *
 * @param from            the earlier version's number
 * @param to              the later version's number
 * @param added           lines only in the later version
 * @param removed         lines only in the earlier version
 * @param changed         lines in both whose content or net amount differ
 * @param netDelta        later net total minus earlier
 * @param taxDelta        later tax minus earlier
 * @param grandTotalDelta later grand total minus earlier
 * @param promotionsAdded   promotion codes only in the later version, in its order
 * @param promotionsRemoved promotion codes only in the earlier version, in its order
 */
public record QuoteDiff(int from, int to, List<LineChange> added, List<LineChange> removed, List<LineChange> changed,
                        Money netDelta, Money taxDelta, Money grandTotalDelta, List<String> promotionsAdded, List<String> promotionsRemoved) {

    /** A diff in which no promotion code was added or removed. */
    public QuoteDiff(int from, int to, List<LineChange> added, List<LineChange> removed, List<LineChange> changed,
                     Money netDelta, Money taxDelta, Money grandTotalDelta) {
        this(from, to, added, removed, changed, netDelta, taxDelta, grandTotalDelta, List.of(), List.of());
    }

    /** Copies. */
    public QuoteDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
        promotionsAdded = List.copyOf(promotionsAdded);
        promotionsRemoved = List.copyOf(promotionsRemoved);
    }

    /** The diff from {@code earlier} to {@code later}, which must be in one currency. */
    public static QuoteDiff between(QuoteVersion earlier, QuoteVersion later) {
        Checks.nonNull(earlier, "earlier");
        Checks.nonNull(later, "later");
        Map<String, QuoteLine> before = byKey(earlier.lines());
        Map<String, QuoteLine> after = byKey(later.lines());
        Money zero = Money.zero(earlier.priced().currency());
        List<LineChange> added = new ArrayList<>();
        List<LineChange> removed = new ArrayList<>();
        List<LineChange> changed = new ArrayList<>();
        for (QuoteLine old : earlier.lines()) {
            Money oldNet = net(earlier, old.key());
            QuoteLine now = after.get(old.key());
            if (now == null) {
                removed.add(new LineChange(old.key(), Optional.of(old), Optional.empty(), oldNet, zero, List.of()));
                continue;
            }
            Money newNet = net(later, now.key());
            List<String> fields = fields(old, now, oldNet, newNet);
            if (!fields.isEmpty()) {
                changed.add(new LineChange(old.key(), Optional.of(old), Optional.of(now), oldNet, newNet, fields));
            }
        }
        for (QuoteLine now : later.lines()) {
            if (!before.containsKey(now.key())) {
                added.add(new LineChange(now.key(), Optional.empty(), Optional.of(now), zero, net(later, now.key()), List.of()));
            }
        }
        QuoteTotals a = earlier.priced().totals();
        QuoteTotals b = later.priced().totals();
        List<String> promotionsAdded = later.promotionCodes().stream().filter(c -> !earlier.promotionCodes().contains(c)).toList();
        List<String> promotionsRemoved = earlier.promotionCodes().stream().filter(c -> !later.promotionCodes().contains(c)).toList();
        return new QuoteDiff(earlier.number(), later.number(), added, removed, changed, b.net().minus(a.net()), b.tax().minus(a.tax()),
                b.grandTotal().minus(a.grandTotal()), promotionsAdded, promotionsRemoved);
    }

    /** True if nothing changed. */
    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && grandTotalDelta.isZero() && netDelta.isZero()
                && promotionsAdded.isEmpty() && promotionsRemoved.isEmpty();
    }

    private static Map<String, QuoteLine> byKey(List<QuoteLine> lines) {
        Map<String, QuoteLine> map = new LinkedHashMap<>();
        lines.forEach(l -> map.put(l.key(), l));
        return map;
    }

    private static Money net(QuoteVersion v, String key) {
        return v.priced().line(key).orElseThrow().price().net();
    }

    private static List<String> fields(QuoteLine old, QuoteLine now, Money oldNet, Money newNet) {
        List<String> fields = new ArrayList<>();
        LineRequest a = old.line();
        LineRequest b = now.line();
        if (!a.product().equals(b.product())) {
            fields.add("product");
        }
        if (a.quantity() != b.quantity()) {
            fields.add("quantity");
        }
        if (!old.group().equals(now.group())) {
            fields.add("group");
        }
        if (!a.additionalDiscount().equals(b.additionalDiscount())) {
            fields.add("discount");
        }
        if (!a.options().equals(b.options())) {
            fields.add("options");
        }
        if (a.termMonths() != b.termMonths()) {
            fields.add("term");
        }
        if (!oldNet.equals(newNet)) {
            fields.add("net");
        }
        return fields;
    }
}
