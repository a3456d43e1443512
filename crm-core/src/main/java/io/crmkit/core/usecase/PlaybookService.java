package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.Links;
import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStageChanged;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.playbook.Alert;
import io.crmkit.core.playbook.AlertRules;
import io.crmkit.core.playbook.Alerts;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.playbook.TaskTemplate;
import io.crmkit.core.shared.DomainEvent;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs stage playbooks and deal alerts. Wire {@link #onStageChanged} to the host's event delivery so that a deal
 * entering a stage gets that stage's tasks, due the configured days later and owned by the deal's owner.
 */
public final class PlaybookService {

    private final CrmPorts ports;
    private final UnitOfWork work;
    private final Map<PipelineId, Playbook> playbooks = new HashMap<>();

    PlaybookService(CrmPorts ports, UnitOfWork work, List<Playbook> playbooks) {
        this.ports = ports;
        this.work = work;
        for (Playbook p : playbooks) {
            Pipeline definedFor = UnitOfWork.found(ports.pipelines().find(p.pipeline()), "pipeline", p.pipeline());
            Require.argument(this.playbooks.put(p.pipeline(), p.checkAgainst(definedFor)) == null,
                    "two playbooks for pipeline " + p.pipeline());
        }
    }

    /**
     * Creates the tasks of the stage the deal entered, in one transaction; none if no playbook names the stage or the
     * deal has left it since. Safe to call again for the same event (delivery at least once): a task already created
     * for this entry is not created twice.
     */
    public List<Activity> onStageChanged(OpportunityStageChanged event) {
        Require.nonNull(event, "event");
        return ports.transactions().inTransaction(() -> {
            Opportunity deal = UnitOfWork.found(ports.opportunities().find(event.opportunityId()), "opportunity", event.opportunityId());
            Playbook playbook = playbooks.get(deal.pipeline());
            if (playbook == null || !deal.stage().equals(event.to())) {
                return List.of(); // no playbook, or the deal has moved on since: its tasks would be stale
            }
            List<Activity> existing = ports.activities().findByAccount(deal.account()).stream()
                    .filter(a -> a.links().opportunity().filter(deal.id()::equals).isPresent()
                            && !a.createdAt().isBefore(event.occurredAt()))
                    .toList();
            List<Activity> created = new ArrayList<>();
            for (TaskTemplate task : playbook.tasksOnEntering(event.to())) {
                if (existing.stream().anyMatch(a -> a.subject().equals(task.subject()))) {
                    continue; // the same event delivered again: its tasks exist
                }
                created.add(work.apply(Activity.schedule(ActivityId.newId(), task.type(), task.subject(),
                        Links.toOpportunity(deal.account(), deal.id()), deal.owner(),
                        event.occurredAt().plus(Duration.ofDays(task.dueAfterDays())), work.now()), ports.activities()::save));
            }
            return created;
        });
    }

    /**
     * Evaluates the alerts of deal {@code id} now ({@link Alerts#forDeal}) and publishes them as events; returns them.
     */
    public List<Alert> dealAlerts(OpportunityId id, Map<String, Duration> averageTimeInStage, AlertRules rules) {
        return ports.transactions().inTransaction(() -> {
            Opportunity deal = UnitOfWork.found(ports.opportunities().find(Require.nonNull(id, "id")), "opportunity", id);
            List<Activity> linked = ports.activities().findByAccount(deal.account()).stream()
                    .filter(a -> a.links().opportunity().filter(id::equals).isPresent()).toList();
            List<Alert> alerts = Alerts.forDeal(deal, linked, averageTimeInStage, rules, work.now(), ports.clock().getZone());
            work.publish(new ArrayList<DomainEvent>(alerts));
            return alerts;
        });
    }
}
