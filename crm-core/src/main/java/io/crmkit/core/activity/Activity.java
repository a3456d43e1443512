package io.crmkit.core.activity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.Optional;

/**
 * A call, email, meeting, visit, task or note, linked to what it is about, owned by a user. Scheduled activities
 * are OPEN with a due time until completed or cancelled; logged ones (a call that happened, a note) are DONE at once.
 */
public record Activity(ActivityId id, long version, ActivityType type, String subject, Links links, UserId owner,
                       ActivityStatus status, Optional<Instant> due, Optional<String> outcome,
                       Optional<Instant> completedAt, Instant createdAt) implements Aggregate<ActivityId> {

    /** Validates: subject 1..300 characters, outcome at most 2000; completedAt exactly when DONE or CANCELLED. */
    public Activity {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        Require.nonNull(type, "type");
        subject = Require.text(subject, "subject", 300);
        Require.nonNull(links, "links");
        Require.nonNull(owner, "owner");
        Require.nonNull(status, "status");
        Require.nonNull(due, "due");
        outcome = Require.nonNull(outcome, "outcome").map(o -> Require.text(o, "outcome", 2000));
        Require.nonNull(completedAt, "completedAt");
        Require.nonNull(createdAt, "createdAt");
        Require.argument(completedAt.isPresent() == (status != ActivityStatus.OPEN),
                "activity " + id + " must have completedAt exactly when not OPEN but was " + status);
        Require.argument(type != ActivityType.NOTE || status == ActivityStatus.DONE, "a note is always DONE");
    }

    /** Schedules an activity due at {@code due} (a note cannot be scheduled). */
    public static Changed<Activity> schedule(ActivityId id, ActivityType type, String subject, Links links,
                                             UserId owner, Instant due, Instant at) {
        Require.argument(type != ActivityType.NOTE, "a note cannot be scheduled; log it instead");
        Activity a = new Activity(id, 0, type, subject, links, owner, ActivityStatus.OPEN,
                Optional.of(Require.nonNull(due, "due")), Optional.empty(), Optional.empty(), at);
        return Changed.of(a, new ActivityScheduled(id, type, links, owner, due, at));
    }

    /** Logs an activity that already happened at {@code happenedAt}, with its outcome. */
    public static Changed<Activity> log(ActivityId id, ActivityType type, String subject, Links links, UserId owner,
                                        Optional<String> outcome, Instant happenedAt, Instant at) {
        Require.nonNull(happenedAt, "happenedAt");
        Require.argument(!happenedAt.isAfter(at), "an activity cannot be logged as happening in the future ("
                + happenedAt + " is after " + at + "); schedule it instead");
        Activity a = new Activity(id, 0, type, subject, links, owner, ActivityStatus.DONE, Optional.empty(), outcome,
                Optional.of(happenedAt), at);
        return Changed.of(a, new ActivityLogged(id, type, links, owner, happenedAt, at));
    }

    /** Marks an open activity done with {@code outcome}. */
    public Changed<Activity> complete(Optional<String> result, Instant at) {
        ActivityStatus.TRANSITIONS.require(describe(), status, ActivityStatus.DONE);
        Activity next = new Activity(id, version, type, subject, links, owner, ActivityStatus.DONE, due, result,
                Optional.of(at), createdAt);
        return Changed.of(next, new ActivityCompleted(id, links, result, at));
    }

    /** Cancels an open activity, for {@code reason}. */
    public Changed<Activity> cancel(String reason, Instant at) {
        ActivityStatus.TRANSITIONS.require(describe(), status, ActivityStatus.CANCELLED);
        String r = Require.text(reason, "cancellation reason", 2000);
        Activity next = new Activity(id, version, type, subject, links, owner, ActivityStatus.CANCELLED, due,
                Optional.of(r), Optional.of(at), createdAt);
        return Changed.of(next, new ActivityCancelled(id, links, r, at));
    }

    /** Moves an open activity's due time. */
    public Changed<Activity> reschedule(Instant newDue, Instant at) {
        Require.nonNull(newDue, "due");
        if (status != ActivityStatus.OPEN) {
            throw new IllegalStateException(describe() + " is " + status + " and cannot be rescheduled");
        }
        if (due.filter(newDue::equals).isPresent()) {
            return Changed.none(this);
        }
        Activity next = new Activity(id, version, type, subject, links, owner, status, Optional.of(newDue), outcome,
                completedAt, createdAt);
        return Changed.of(next, new ActivityRescheduled(id, due, newDue, at));
    }

    /** Links the activity to {@code next} instead (after a lead's conversion, say), whatever its status. */
    public Changed<Activity> relink(Links next, Instant at) {
        if (links.equals(Require.nonNull(next, "links"))) {
            return Changed.none(this);
        }
        Activity moved = new Activity(id, version, type, subject, next, owner, status, due, outcome, completedAt, createdAt);
        return Changed.of(moved, new ActivityRelinked(id, links, next, at));
    }

    /** True if it is open and its due time is before {@code at}. */
    public boolean isOverdue(Instant at) {
        return status == ActivityStatus.OPEN && due.filter(d -> d.isBefore(at)).isPresent();
    }

    /** When it belongs on a timeline: when it was done or cancelled, else when it is due, else when created. */
    public Instant timelineInstant() {
        return completedAt.or(() -> due).orElse(createdAt);
    }

    /** The same activity at {@code storedVersion}; for stores. */
    public Activity withVersion(long storedVersion) {
        return new Activity(id, storedVersion, type, subject, links, owner, status, due, outcome, completedAt, createdAt);
    }

    private String describe() {
        return "activity " + id;
    }
}
