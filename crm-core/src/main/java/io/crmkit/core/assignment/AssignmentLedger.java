package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state assignment depends on: leads per rep per day and per month, each team's round-robin position and
 * weighted-round-robin credit, both kept by rep, not by position in the team. Seed it with what reps already have
 * ({@link #record}), then let an {@link Assigner} update it; the same ledger and the same leads always give the same
 * assignments. Not thread-safe: one assigner (or one lock) per ledger.
 */
public final class AssignmentLedger {

    private final Map<UserId, Count> counts = new HashMap<>();
    private final Map<String, Rotation> rotations = new HashMap<>();
    private final Map<String, Map<UserId, long[]>> credit = new HashMap<>();

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

    /**
     * Where a team's round robin stands: the member who got the last lead and their position then. Kept by member, so
     * a team whose members are added, removed or reordered between assigners goes on after the same rep.
     */
    static final class Rotation {
        private UserId last;
        private int position = -1;

        /** The position in {@code members} to start looking from: after the last rep, or where they were if they left. */
        int start(List<Member> members) {
            if (last != null) {
                for (int i = 0; i < members.size(); i++) {
                    if (members.get(i).user().equals(last)) {
                        return i + 1;
                    }
                }
            }
            return last == null ? 0 : position;
        }

        void gave(UserId user, int at) {
            last = user;
            position = at;
        }
    }

    Rotation rotation(String team) {
        return rotations.computeIfAbsent(team, t -> new Rotation());
    }

    /** A rep's weighted-round-robin credit in {@code team}; one cell for the ledger's life, kept by member. */
    long[] credit(String team, UserId user) {
        return credit.computeIfAbsent(team, t -> new HashMap<>()).computeIfAbsent(user, u -> new long[1]);
    }
}
