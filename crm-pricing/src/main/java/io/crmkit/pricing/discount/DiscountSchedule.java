package io.crmkit.pricing.discount;

import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.pricing.internal.Checks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.OptionalLong;

/**
 * A discount schedule: tiers over the quantity (or the term in months) with lower bounds inclusive and upper bounds
 * exclusive, contiguous (no gaps, no overlaps), only the top tier open.
 * <ul>
 *   <li>{@link Method#RANGE}: every unit gets the discount of the tier the quantity falls in.</li>
 *   <li>{@link Method#SLAB}: each unit gets the discount of its own tier (units 1-9 at tier one, 10-49 at tier two...).</li>
 *   <li>{@link Method#BLOCK}: the line costs the flat price of the band the quantity falls in.</li>
 * </ul>
 * With {@link #aggregatesAcrossOrders()} the quantity bought before counts towards the tiers: under Range the tier is
 * chosen by previous plus current quantity; under Slab the line's units are numbered after the previous ones.
 * Quantities below the first tier or above a closed top tier get no discount (block: the unit price).
 *
 * <pre>{@code
 * DiscountSchedule volume = DiscountSchedule.builder("volume", Method.SLAB)
 *     .tier(1, 10, TierDiscount.percent(0))
 *     .tier(10, 50, TierDiscount.percent(10))
 *     .tierFrom(50, TierDiscount.percent(20))
 *     .build();
 * }</pre>
 *
 * @param id                    a short key, named in the waterfall
 * @param method                Range, Slab or block
 * @param basis                 what the tiers count: units, or the term in months (Range only)
 * @param tiers                 the tiers, ascending
 * @param aggregatesAcrossOrders true if earlier purchases count towards the tiers
 */
public record DiscountSchedule(String id, Method method, Basis basis, List<DiscountTier> tiers, boolean aggregatesAcrossOrders) {

    /** How tiers price a quantity. */
    public enum Method {
        /** Every unit gets the discount of the tier the whole quantity falls in. */
        RANGE,
        /** Each unit gets the discount of the tier it falls in. */
        SLAB,
        /** A flat price per quantity band. */
        BLOCK
    }

    /** What the tiers count. */
    public enum Basis {
        /** The line's quantity. */
        QUANTITY,
        /** The subscription term in months (a term discount). */
        TERM_MONTHS
    }

    /**
     * Validates, reporting every problem with the path of its tier.
     *
     * @throws InvalidConfigurationException listing gaps, overlaps, misplaced open tiers and mismatched discounts
     */
    public DiscountSchedule {
        id = Checks.nonBlank(id, "schedule id");
        Checks.nonNull(method, "method");
        Checks.nonNull(basis, "basis");
        tiers = Checks.listOf(tiers, "tiers of schedule " + id);
        List<String> problems = problems(method, basis, tiers, aggregatesAcrossOrders);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("discount schedule '" + id + "'", problems);
        }
    }

    /** The problems of a schedule with these parts, each prefixed with its path; empty if it is valid. */
    static List<String> problems(Method method, Basis basis, List<DiscountTier> tiers, boolean aggregates) {
        List<String> problems = new ArrayList<>();
        if (tiers.isEmpty()) {
            problems.add("tiers: a schedule needs at least one tier");
        }
        if (basis == Basis.TERM_MONTHS && method != Method.RANGE) {
            problems.add("method: a term schedule must use RANGE but was " + method);
        }
        if (basis == Basis.TERM_MONTHS && aggregates) {
            problems.add("aggregatesAcrossOrders: a term schedule cannot aggregate across orders");
        }
        Currency currency = null;
        for (int i = 0; i < tiers.size(); i++) {
            DiscountTier t = tiers.get(i);
            String path = "tiers[" + i + "]";
            boolean block = t.discount() instanceof TierDiscount.BlockPrice;
            if (block != (method == Method.BLOCK)) {
                problems.add(path + ": a " + method + " schedule " + (block ? "cannot have a block price" : "needs a block price in every tier"));
            }
            Money money = t.discount() instanceof TierDiscount.AmountOff a ? a.amount()
                    : t.discount() instanceof TierDiscount.BlockPrice b ? b.price() : null;
            if (money != null) {
                if (currency == null) {
                    currency = money.currency();
                } else if (!currency.equals(money.currency())) {
                    problems.add(path + ": amounts must all be in " + currency + " but this one is in " + money.currency());
                }
            }
            if (i + 1 < tiers.size()) {
                DiscountTier next = tiers.get(i + 1);
                if (t.until().isEmpty()) {
                    problems.add(path + ": only the last tier may be open but " + t.bounds() + " is followed by " + next.bounds());
                } else if (next.from() > t.until().getAsLong()) {
                    problems.add("tiers[" + (i + 1) + "]: gap between " + t.bounds() + " and " + next.bounds()
                            + " (quantities " + t.until().getAsLong() + " to " + (next.from() - 1) + " are in no tier)");
                } else if (next.from() < t.until().getAsLong()) {
                    problems.add("tiers[" + (i + 1) + "]: " + next.bounds() + " overlaps " + t.bounds());
                }
            }
        }
        return problems;
    }

    /** Starts a quantity schedule with {@code method}. */
    public static Builder builder(String id, Method method) {
        return new Builder(id, method, Basis.QUANTITY);
    }

    /** Starts a term schedule (Range over the term in months). */
    public static Builder termBuilder(String id) {
        return new Builder(id, Method.RANGE, Basis.TERM_MONTHS);
    }

    /**
     * Applies the schedule to a line. The discount is computed on the line amount, so a line whose amount does not split
     * evenly into units (after a partner discount, say) is still exact: the result is rounded once, at the end.
     *
     * @param lineAmount     the line amount the discount starts from (the unit price times the quantity, or what earlier
     *                       steps left of it)
     * @param quantity       the line's quantity (positive)
     * @param priorQuantity  units bought before (counted only if the schedule aggregates across orders)
     * @param termMonths     the term in months (used only by a term schedule)
     * @param rounding       how the line amount is rounded to the currency's scale
     */
    public ScheduleOutcome apply(Money lineAmount, long quantity, long priorQuantity, long termMonths, RoundingMode rounding) {
        Checks.nonNull(lineAmount, "lineAmount");
        Checks.positive(quantity, "quantity");
        Checks.nonNegative(priorQuantity, "priorQuantity");
        Checks.nonNegative(termMonths, "termMonths");
        Checks.nonNull(rounding, "rounding");
        long prior = aggregatesAcrossOrders ? priorQuantity : 0;
        List<TierShare> shares = new ArrayList<>(2);
        long tierQuantity;
        if (basis == Basis.TERM_MONTHS || method != Method.SLAB) {
            tierQuantity = basis == Basis.TERM_MONTHS ? termMonths : Math.addExact(prior, quantity);
            for (DiscountTier t : tiers) {
                if (t.contains(tierQuantity)) {
                    shares.add(new TierShare(t, quantity));
                    break;
                }
            }
            if (method == Method.BLOCK && !shares.isEmpty()) {
                Money block = ((TierDiscount.BlockPrice) shares.get(0).tier().discount()).price();
                requireCurrency(lineAmount, block);
                return new ScheduleOutcome(block, tierQuantity, shares);
            }
        } else {
            // SLAB: units prior+1 .. prior+quantity, each in its own tier
            tierQuantity = Math.addExact(prior, quantity);
            long first = prior + 1;
            for (DiscountTier t : tiers) {
                long lo = Math.max(first, t.from());
                long hi = t.until().isPresent() ? Math.min(tierQuantity, t.until().getAsLong() - 1) : tierQuantity;
                if (hi >= lo) {
                    shares.add(new TierShare(t, hi - lo + 1));
                }
            }
        }
        if (method == Method.BLOCK || shares.isEmpty()) {
            return new ScheduleOutcome(lineAmount, tierQuantity, shares);
        }
        // line amount x quantity minus, per tier, its units times what each unit loses (as a multiple of the quantity),
        // then divided by the quantity once: exact up to the final rounding
        BigDecimal q = BigDecimal.valueOf(quantity);
        BigDecimal line = lineAmount.amount();
        BigDecimal off = BigDecimal.ZERO;
        for (TierShare share : shares) {
            BigDecimal perUnitTimesQuantity;
            if (share.tier().discount() instanceof TierDiscount.PercentOff p) {
                perUnitTimesQuantity = line.multiply(p.percent().fraction());
            } else {
                Money amount = ((TierDiscount.AmountOff) share.tier().discount()).amount();
                requireCurrency(lineAmount, amount);
                perUnitTimesQuantity = amount.amount().multiply(q).min(line.max(BigDecimal.ZERO));
            }
            off = off.add(perUnitTimesQuantity.multiply(BigDecimal.valueOf(share.units())));
        }
        BigDecimal total = line.multiply(q).subtract(off).divide(q, lineAmount.amount().scale(), rounding);
        return new ScheduleOutcome(Money.of(total, lineAmount.currency()), tierQuantity, shares);
    }

    private static void requireCurrency(Money price, Money tierAmount) {
        if (!price.currency().equals(tierAmount.currency())) {
            throw new IllegalArgumentException("schedule amounts are in " + tierAmount.currency() + " but the price is in "
                    + price.currency() + "; use a schedule per currency");
        }
    }

    /** Builds a {@link DiscountSchedule}. */
    public static final class Builder {
        private final String id;
        private final Method method;
        private final Basis basis;
        private final List<DiscountTier> tiers = new ArrayList<>();
        private boolean aggregates;

        private Builder(String id, Method method, Basis basis) {
            this.id = id;
            this.method = method;
            this.basis = basis;
        }

        /** A tier over {@code [from, until)}. */
        public Builder tier(long from, long until, TierDiscount discount) {
            tiers.add(new DiscountTier(from, OptionalLong.of(until), discount));
            return this;
        }

        /** The open top tier from {@code from}. */
        public Builder tierFrom(long from, TierDiscount discount) {
            tiers.add(new DiscountTier(from, OptionalLong.empty(), discount));
            return this;
        }

        /** Counts earlier purchases towards the tiers. */
        public Builder aggregateAcrossOrders() {
            this.aggregates = true;
            return this;
        }

        /** The schedule; see {@link DiscountSchedule#DiscountSchedule}. */
        public DiscountSchedule build() {
            return new DiscountSchedule(id, method, basis, tiers, aggregates);
        }
    }
}
