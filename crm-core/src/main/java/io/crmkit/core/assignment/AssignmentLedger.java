package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;

/**
 * The state assignment depends on: leads per rep per day and per month, each team's round-robin position and
 * weighted-round-robin credit. Seed it with what reps already have ({@link #record}), then let an {@link Assigner}
 * update it; the same ledger and the same leads always give the same assignments. Not thread-safe: one assigner
 * (or one lock) per ledger.
 */
public final class AssignmentLedger {

    private final Map<UserId, Count> counts = new HashMap<>();
    private final Map<String, Integer> lastIndex = new HashMap<>();
    private final Map<String, long[]> credit = new HashMap<>();

    /** One rep's counts; kept for the ledger's life, so an assigner may hold on to it. */
    static final class Count {
        private LocalDate day;
        private int today;
        private YearMonth month;
        private int thisMonth;

        int today(LocalDate date) {
            return date.equals(day) ? today : 0;
        }

        int thisMonth(LocalDate date) {
            return month != null && month.getYear() == date.getYear() && month.getMonthValue() == date.getMonthValue() ? thisMonth : 0;
        }

        void add(LocalDate date, int leads) {
            if (day != null && date.isBefore(day)) {
                throw new IllegalArgumentException("the ledger is at " + day + " and cannot record " + date);
            }
            roll(date);
            today += leads;
            thisMonth += leads;
        }

        private void roll(LocalDate date) {
            if (!date.equals(day)) {
                day = date;
                today = 0;
            }
            YearMonth m = YearMonth.from(date);
            if (!m.equals(month)) {
                month = m;
                thisMonth = 0;
            }
        }
    }

    /** An empty ledger: nobody has leads yet. */
    public AssignmentLedger() {
    }

    /** Records {@code leads} given to {@code user} on {@code day}, counting towards that day and that month. */
    public AssignmentLedger record(UserId user, LocalDate day, int leads) {
        Require.nonNull(user, "user");
        Require.nonNull(day, "day");
        Require.argument(leads >= 0, "leads must not be negative but was " + leads);
        try {
            count(user).add(day, leads);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the ledger of " + user + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Leads given to {@code user} on {@code day}. */
    public int today(UserId user, LocalDate day) {
        Count c = counts.get(Require.nonNull(user, "user"));
        return c == null ? 0 : c.today(Require.nonNull(day, "day"));
    }

    /** Leads given to {@code user} in the month of {@code day}. */
    public int thisMonth(UserId user, LocalDate day) {
        Count c = counts.get(Require.nonNull(user, "user"));
        return c == null ? 0 : c.thisMonth(Require.nonNull(day, "day"));
    }

    Count count(UserId user) {
        return counts.computeIfAbsent(user, u -> new Count());
    }

    int lastIndex(String team) {
        return lastIndex.getOrDefault(team, -1);
    }

    void lastIndex(String team, int index) {
        lastIndex.put(team, index);
    }

    long[] credit(String team, int members) {
        long[] c = credit.get(team);
        if (c == null || c.length < members) {
            c = c == null ? new long[members] : java.util.Arrays.copyOf(c, members);
            credit.put(team, c);
        }
        return c;
    }
}
