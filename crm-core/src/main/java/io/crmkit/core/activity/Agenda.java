package io.crmkit.core.activity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What an owner has to do at an instant: the open activities already overdue, and those due within the horizon,
 * each sorted by due time (then id).
 *
 * @param owner   whose agenda
 * @param at      the instant it was computed for
 * @param overdue open activities due before {@code at}
 * @param dueSoon open activities due in [{@code at}, {@code at + horizon})
 */
public record Agenda(UserId owner, Instant at, List<Activity> overdue, List<Activity> dueSoon) {

    private static final Comparator<Activity> BY_DUE = Comparator.comparing((Activity a) -> a.due().orElseThrow())
            .thenComparing(a -> a.id().value());

    /** Copies the lists. */
    public Agenda {
        Require.nonNull(owner, "owner");
        Require.nonNull(at, "at");
        overdue = List.copyOf(overdue);
        dueSoon = List.copyOf(dueSoon);
    }

    /** The agenda of {@code owner} at {@code at} among {@code activities} (others' and closed ones are ignored). */
    public static Agenda of(UserId owner, Instant at, Duration horizon, Collection<Activity> activities) {
        Require.nonNull(owner, "owner");
        Require.nonNull(at, "at");
        Require.nonNull(horizon, "horizon");
        Require.argument(!horizon.isNegative(), "horizon must not be negative but was " + horizon);
        Instant until = at.plus(horizon);
        List<Activity> open = Require.listOf(activities, "activities").stream()
                .filter(a -> a.owner().equals(owner) && a.status() == ActivityStatus.OPEN && a.due().isPresent())
                .sorted(BY_DUE).toList();
        return new Agenda(owner, at,
                open.stream().filter(a -> a.due().get().isBefore(at)).toList(),
                open.stream().filter(a -> !a.due().get().isBefore(at) && a.due().get().isBefore(until)).toList());
    }
}
