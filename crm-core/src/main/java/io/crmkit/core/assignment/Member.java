package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rep in a team: whether they take leads at all, their leave, their monthly capacity (turned into a daily quota
 * over the month's working days, Monday to Friday), their skills and their weight for weighted distribution.
 *
 * @param monthlyCapacity leads per month, empty for no limit
 */
public record Member(UserId user, boolean active, List<Leave> leave, OptionalInt monthlyCapacity, Set<String> skills,
                     int weight) {

    /** Validates: capacity and weight at least 1. */
    public Member {
        Require.nonNull(user, "user");
        leave = Require.listOf(leave, "leave");
        Require.nonNull(monthlyCapacity, "monthlyCapacity");
        monthlyCapacity.ifPresent(c -> Require.argument(c >= 1, "monthly capacity of " + user + " must be at least 1 but was " + c));
        skills = Require.nonNull(skills, "skills").stream().map(AssignmentSubject::normal).collect(Collectors.toUnmodifiableSet());
        Require.argument(weight >= 1, "weight of " + user + " must be at least 1 but was " + weight);
    }

    /** An active member without leave, capacity limit or skills, of weight 1. */
    public static Member of(UserId user) {
        return new Member(user, true, List.of(), OptionalInt.empty(), Set.of(), 1);
    }

    /** This member with a monthly capacity. */
    public Member withCapacity(int perMonth) {
        return new Member(user, active, leave, OptionalInt.of(perMonth), skills, weight);
    }

    /** This member with skills. */
    public Member withSkills(Set<String> next) {
        return new Member(user, active, leave, monthlyCapacity, next, weight);
    }

    /** This member with a weight. */
    public Member withWeight(int next) {
        return new Member(user, active, leave, monthlyCapacity, skills, next);
    }

    /** This member on leave from {@code from} to {@code to}, both included. */
    public Member onLeave(LocalDate from, LocalDate to) {
        List<Leave> next = new java.util.ArrayList<>(leave);
        next.add(new Leave(from, to));
        return new Member(user, active, next, monthlyCapacity, skills, weight);
    }

    /** This member, inactive. */
    public Member inactive() {
        return new Member(user, false, leave, monthlyCapacity, skills, weight);
    }

    /** Whether they are active and not on leave on {@code day}. */
    public boolean available(LocalDate day) {
        if (!active) {
            return false;
        }
        for (Leave l : leave) {
            if (l.covers(day)) {
                return false;
            }
        }
        return true;
    }

    /** Leads per day: the monthly capacity over the month's working days, rounded up; empty for no limit. */
    public OptionalInt dailyQuota(LocalDate day) {
        if (monthlyCapacity.isEmpty()) {
            return OptionalInt.empty();
        }
        int working = workingDays(YearMonth.from(day));
        return OptionalInt.of((monthlyCapacity.getAsInt() + working - 1) / working);
    }

    /** Monday to Friday days in {@code month}: five per full week, plus the weekdays among the days left over. */
    static int workingDays(YearMonth month) {
        int length = month.lengthOfMonth();
        int count = length / 7 * 5;
        int first = month.atDay(1).getDayOfWeek().getValue(); // Monday 1 .. Sunday 7
        for (int d = 0; d < length % 7; d++) {
            int dow = (first - 1 + d) % 7 + 1;
            if (dow <= DayOfWeek.FRIDAY.getValue()) {
                count++;
            }
        }
        return count;
    }

    /** A leave, first and last day included. */
    public record Leave(LocalDate from, LocalDate to) {
        /** Validates: not ending before it starts. */
        public Leave {
            Require.nonNull(from, "from");
            Require.nonNull(to, "to");
            Require.argument(!to.isBefore(from), "leave must not end (" + to + ") before it starts (" + from + ")");
        }

        /** Whether {@code day} is a day of leave. */
        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && !day.isAfter(to);
        }
    }
}
