package io.crmkit.testkit.scenario;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Agenda;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lifecycle.InactivityPolicy;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStageChanged;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.playbook.Alert;
import io.crmkit.core.playbook.AlertKind;
import io.crmkit.core.playbook.AlertRules;
import io.crmkit.core.playbook.Alerts;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.playbook.TaskTemplate;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.PlaybookService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A deal worked by a playbook: tasks on stage entry, then alerts as it stalls, and a dormant customer. */
final class PlaybooksAndAlertsScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final UserId rep = UserId.newId();

    private final Playbook playbook = new Playbook(PipelineFixtures.DIRECT_SALES, Map.of(
            "discovery", List.of(new TaskTemplate(ActivityType.MEETING, "Discovery call with the buyer", 2),
                    new TaskTemplate(ActivityType.TASK, "Map the decision chain", 5)),
            "proposal", List.of(new TaskTemplate(ActivityType.TASK, "Send the proposal", 1))));

    private void days(int days) {
        clock.set(clock.instant().plus(Duration.ofDays(days)));
    }

    @Test
    void enteringAStageCreatesItsTasksAndAStallingDealRaisesAlerts() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        PlaybookService playbooks = crm.playbooks(List.of(playbook));
        store.subscribe(e -> {
            if (e instanceof OpportunityStageChanged changed) {
                playbooks.onStageChanged(changed);
            }
        });
        Account account = crm.accounts().open("Globex", CompanyProfile.empty(), rep);
        Opportunity deal = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Globex rollout", rep);

        crm.opportunities().moveTo(deal.id(), "discovery");

        List<Activity> tasks = store.activities().findByAccount(account.id());
        assertEquals(List.of("Discovery call with the buyer", "Map the decision chain"), tasks.stream().map(Activity::subject).toList());
        assertEquals(List.of(clock.instant().plus(Duration.ofDays(2)), clock.instant().plus(Duration.ofDays(5))),
                tasks.stream().map(a -> a.due().orElseThrow()).toList());
        assertTrue(tasks.stream().allMatch(a -> a.owner().equals(rep) && a.links().opportunity().equals(Optional.of(deal.id()))));

        OpportunityStageChanged entered = store.publishedEvents(OpportunityStageChanged.class).get(0);
        assertEquals(List.of(), playbooks.onStageChanged(entered), "the same event delivered again creates nothing");
        assertEquals(2, store.activities().findByAccount(account.id()).size());

        crm.opportunities().setExpectedClose(deal.id(), LocalDate.of(2026, 3, 20));
        days(21); // no activity done, close date passed, 21 days in discovery against an average of 7
        List<Alert> alerts = playbooks.dealAlerts(deal.id(), Map.of("discovery", Duration.ofDays(7)), AlertRules.ofDefaults());

        assertEquals(List.of(AlertKind.STALE_DEAL, AlertKind.CLOSE_DATE_PASSED, AlertKind.STUCK_IN_STAGE),
                alerts.stream().map(Alert::kind).toList());
        assertEquals("no activity for 21 days (limit 14)", alerts.get(0).detail());
        assertEquals(alerts, store.publishedEvents(Alert.class), "alerts are published as events");

        Agenda agenda = crm.activities().agenda(rep, Duration.ofDays(1));
        assertEquals(2, Alerts.forAgenda(agenda).size(), "both playbook tasks are overdue");

        crm.activities().log(ActivityType.CALL, "Caught up with the buyer", Links.toOpportunity(account.id(), deal.id()), rep,
                Optional.of("still interested"), clock.instant());
        List<Alert> after = playbooks.dealAlerts(deal.id(), Map.of("discovery", Duration.ofDays(7)), AlertRules.ofDefaults());
        assertEquals(List.of(AlertKind.CLOSE_DATE_PASSED, AlertKind.STUCK_IN_STAGE), after.stream().map(Alert::kind).toList());
    }

    @Test
    void aStageChangeDeliveredAfterTheDealMovedOnCreatesNoStaleTasks() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        PlaybookService playbooks = crm.playbooks(List.of(playbook));
        Account account = crm.accounts().open("Initrode", CompanyProfile.empty(), rep);
        Opportunity deal = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Initrode", rep);
        crm.opportunities().moveTo(deal.id(), "discovery");
        crm.opportunities().closeLost(deal.id(), "no budget this year", Optional.empty());
        OpportunityStageChanged discovery = store.publishedEvents(OpportunityStageChanged.class).get(0);

        assertEquals("discovery", discovery.to());
        assertEquals(List.of(), playbooks.onStageChanged(discovery), "the deal is no longer in discovery");
        assertEquals(List.of(), store.activities().findByAccount(account.id()));
    }

    @Test
    void averageTimeInStageComesFromTheStagesDealsLeft() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Account account = crm.accounts().open("Hooli", CompanyProfile.empty(), rep);
        Opportunity fast = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "fast", rep);
        Opportunity slow = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "slow", rep);
        days(2);
        crm.opportunities().moveTo(fast.id(), "discovery");
        days(4);
        crm.opportunities().moveTo(slow.id(), "discovery"); // qualify: 2 and 6 days; discovery not left yet
        Map<String, Duration> averages = Alerts.averageTimeInStage(List.of(
                crm.opportunities().find(fast.id()).orElseThrow(), crm.opportunities().find(slow.id()).orElseThrow()));
        assertEquals(Map.of("qualify", Duration.ofDays(4)), averages);
        InvalidConfigurationException bad = assertThrows(InvalidConfigurationException.class, () -> new AlertRules(0, true, 0.5));
        assertEquals(List.of("staleAfterDays: must be at least 1 but was 0",
                "stuckFactor: must be 0 (off) or a finite number of at least 1 but was 0.5"), bad.problems());
    }

    @Test
    void aPlaybookNamingAStageThePipelineLacksIsRejected() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Playbook wrong = new Playbook(PipelineFixtures.DIRECT_SALES, Map.of("demo", List.of(new TaskTemplate(ActivityType.TASK, "x", 0))));
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> crm.playbooks(List.of(wrong)));
        assertEquals(List.of("tasksByStage.demo: pipeline 'Direct sales' has no such stage"), e.problems());
    }

    @Test
    void aCustomerWithoutActivityRaisesAChurnRiskWithAnAction() {
        UserId owner = UserId.newId();
        Account account = crm.accounts().open("Initech", CompanyProfile.empty(), owner);
        InactivityPolicy policy = InactivityPolicy.ofDefaults();
        assertEquals(Optional.empty(), Alerts.forCustomer(account.id(), owner, LifecycleStage.CUSTOMER, clock.instant(), policy,
                clock.instant().plus(Duration.ofDays(1))));
        Alert dormant = Alerts.forCustomer(account.id(), owner, LifecycleStage.CUSTOMER, clock.instant(), policy,
                clock.instant().plus(policy.dormantAfter()).plus(Duration.ofDays(1))).orElseThrow();
        assertEquals(AlertKind.CHURN_RISK, dormant.kind());
        assertEquals("schedule a check-in call", dormant.recommendedAction());
    }
}
