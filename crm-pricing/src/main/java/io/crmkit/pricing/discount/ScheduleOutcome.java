package io.crmkit.pricing.discount;

import io.crmkit.core.shared.Money;

import java.util.List;

/**
 * The result of applying a schedule to a line.
 *
 * @param amount       the line amount after the schedule, at currency scale
 * @param tierQuantity the quantity that chose the tiers (the line's quantity plus what was bought before when the
 *                     schedule aggregates across orders, or the term in months)
 * @param shares       the tiers that priced units, in tier order; empty if no tier applied
 */
public record ScheduleOutcome(Money amount, long tierQuantity, List<TierShare> shares) {

    /** Copies. */
    public ScheduleOutcome {
        shares = List.copyOf(shares);
    }

    /** {@code "40 units in [10, 50) at 10%"} style explanation. */
    public String explain() {
        if (shares.isEmpty()) {
            return "no tier applies to " + tierQuantity;
        }
        StringBuilder sb = new StringBuilder();
        for (TierShare s : shares) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(s.units()).append(" in ").append(s.tier().bounds()).append(' ');
            TierDiscount d = s.tier().discount();
            if (d instanceof TierDiscount.PercentOff p) {
                sb.append(p.percent()).append(" off");
            } else if (d instanceof TierDiscount.AmountOff a) {
                sb.append(a.amount()).append(" off each");
            } else if (d instanceof TierDiscount.BlockPrice b) {
                sb.append("block price ").append(b.price());
            }
        }
        return sb.toString();
    }
}
