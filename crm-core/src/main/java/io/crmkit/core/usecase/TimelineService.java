package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.port.TimelineSource;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The 360-degree view of an account: its opening, contacts, activities, opportunity stage changes and lifecycle
 * moves, plus whatever the extra {@link TimelineSource sources} contribute (quotes, orders, tickets), in time order.
 */
public final class TimelineService {

    private final CrmPorts ports;
    private final List<TimelineSource> sources;

    TimelineService(CrmPorts ports, List<TimelineSource> extraSources) {
        this.ports = ports;
        this.sources = List.copyOf(extraSources);
    }

    /**
     * The timeline of {@code account}, read in one transaction so it never shows half of a change; throws
     * {@link java.util.NoSuchElementException} if the account is unknown.
     */
    public Timeline of(AccountId accountId) {
        Require.nonNull(accountId, "account");
        return ports.transactions().inTransaction(() -> read(accountId));
    }

    private Timeline read(AccountId accountId) {
        Account account = UnitOfWork.found(ports.accounts().find(Require.nonNull(accountId, "account")), "account", accountId);
        List<TimelineEntry> entries = new ArrayList<>();
        entries.add(new TimelineEntry(account.createdAt(), "account", "Account " + account.name() + " opened",
                accountId.value()));
        for (Contact c : ports.contacts().findByAccount(accountId)) {
            entries.add(new TimelineEntry(c.createdAt(), "contact", "Contact " + c.name().full() + " added", c.id().value()));
        }
        for (Activity a : ports.activities().findByAccount(accountId)) {
            entries.add(new TimelineEntry(a.timelineInstant(), "activity", describe(a), a.id().value()));
        }
        for (Opportunity o : ports.opportunities().findByAccount(accountId)) {
            Optional<Pipeline> pipeline = ports.pipelines().find(o.pipeline());
            for (StageChange change : o.history()) {
                entries.add(new TimelineEntry(change.at(), "opportunity", describe(o, pipeline, change), o.id().value()));
            }
        }
        ports.lifecycles().find(accountId).ifPresent(l -> {
            for (LifecycleChange change : l.history()) {
                entries.add(new TimelineEntry(change.at(), "lifecycle", "Lifecycle " + change.from().map(f -> label(f.name()) + " -> ").orElse("")
                        + label(change.to().name()) + " (" + change.cause() + ")", accountId.value()));
            }
        });
        for (TimelineSource source : sources) {
            entries.addAll(source.entriesFor(accountId));
        }
        return new Timeline(accountId, entries);
    }

    private static String describe(Activity a) {
        String verb = switch (a.status()) {
            case OPEN -> "due";
            case DONE -> "done";
            case CANCELLED -> "cancelled";
        };
        return label(a.type().name()) + " " + verb + ": " + a.subject()
                + a.outcome().filter(x -> a.status() != ActivityStatus.OPEN).map(x -> " - " + x).orElse("");
    }

    private static String describe(Opportunity o, Optional<Pipeline> pipeline, StageChange change) {
        String name = "Opportunity '" + o.name() + "'";
        if (change.from().isEmpty()) {
            return name + " opened in " + change.to();
        }
        OpportunityStatus to = outcomeOf(pipeline, change.to());
        if (to != OpportunityStatus.OPEN) {
            boolean current = change == o.history().get(o.history().size() - 1) && o.status() == to;
            String details = current ? o.closing().map(c -> c.reason().map(r -> ": " + r).orElse("")
                    + c.competitor().map(x -> " (to " + x + ")").orElse("")).orElse("") : "";
            return name + (to == OpportunityStatus.WON ? " won" : " lost") + details;
        }
        if (outcomeOf(pipeline, change.from().get()) != OpportunityStatus.OPEN) {
            return name + " reopened into " + change.to();
        }
        return name + " moved " + change.from().get() + " -> " + change.to();
    }

    private static OpportunityStatus outcomeOf(Optional<Pipeline> pipeline, String stage) {
        return pipeline.flatMap(p -> p.stage(stage)).map(Stage::outcome).orElse(OpportunityStatus.OPEN);
    }

    private static String label(String constant) {
        String s = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
