package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Agenda;
import io.crmkit.core.activity.Links;
import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.party.Contact;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Activity use cases: schedule, log, complete, cancel, reschedule, and the agenda of what is due or overdue.
 * Links are checked (every linked record must exist) and completed: an activity on an opportunity is also linked
 * to its account, one on a contact of a single account to that account, so the account's timeline shows it.
 */
public final class ActivityService {

    private final CrmPorts ports;
    private final UnitOfWork work;

    ActivityService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /** Schedules an activity for {@code owner}, due at {@code due}. */
    public Activity schedule(ActivityType type, String subject, Links links, UserId owner, Instant due) {
        return ports.transactions().inTransaction(() -> work.apply(
                Activity.schedule(ActivityId.newId(), type, subject, resolve(links), owner, due, work.now()),
                ports.activities()::save));
    }

    /** Logs an activity that happened at {@code happenedAt} (a call, a visit, a note) with its outcome. */
    public Activity log(ActivityType type, String subject, Links links, UserId owner, Optional<String> outcome,
                        Instant happenedAt) {
        return ports.transactions().inTransaction(() -> work.apply(
                Activity.log(ActivityId.newId(), type, subject, resolve(links), owner, outcome, happenedAt, work.now()),
                ports.activities()::save));
    }

    /** Marks an open activity done. */
    public Activity complete(ActivityId id, Optional<String> outcome) {
        return change(id, (a, at) -> a.complete(outcome, at));
    }

    /** Cancels an open activity. */
    public Activity cancel(ActivityId id, String reason) {
        return change(id, (a, at) -> a.cancel(reason, at));
    }

    /** Moves an open activity's due time. */
    public Activity reschedule(ActivityId id, Instant due) {
        return change(id, (a, at) -> a.reschedule(due, at));
    }

    /** What {@code owner} has overdue now and due within {@code horizon}. */
    public Agenda agenda(UserId owner, Duration horizon) {
        return agenda(owner, work.now(), horizon);
    }

    /** What {@code owner} has overdue at {@code at} and due within {@code horizon} of it. */
    public Agenda agenda(UserId owner, Instant at, Duration horizon) {
        Require.nonNull(owner, "owner");
        return ports.transactions().inTransaction(() -> Agenda.of(owner, at, horizon, ports.activities().findOpenByOwner(owner)));
    }

    private Links resolve(Links links) {
        Require.nonNull(links, "links");
        links.lead().ifPresent(id -> UnitOfWork.found(ports.leads().find(id), "lead", id));
        links.account().ifPresent(id -> UnitOfWork.found(ports.accounts().find(id), "account", id));
        Links resolved = links;
        if (links.opportunity().isPresent()) {
            Opportunity o = UnitOfWork.found(ports.opportunities().find(links.opportunity().get()), "opportunity",
                    links.opportunity().get());
            Require.argument(links.account().isEmpty() || links.account().get().equals(o.account()),
                    "links.account " + links.account().orElse(null) + " is not the account of opportunity " + o.id());
            resolved = resolved.withAccount(o.account());
        }
        if (links.contact().isPresent()) {
            Contact c = UnitOfWork.found(ports.contacts().find(links.contact().get()), "contact", links.contact().get());
            if (resolved.account().isEmpty() && c.accounts().size() == 1) {
                resolved = resolved.withAccount(c.accounts().iterator().next());
            }
            resolved.account().ifPresent(a -> Require.argument(c.worksFor(a),
                    "links.contact " + c.id() + " does not work for links.account " + a));
        }
        return resolved;
    }

    private Activity change(ActivityId id, BiFunction<Activity, Instant, Changed<Activity>> command) {
        return ports.transactions().inTransaction(() -> {
            Activity a = UnitOfWork.found(ports.activities().find(Require.nonNull(id, "id")), "activity", id);
            return work.apply(command.apply(a, work.now()), ports.activities()::save);
        });
    }
}
