package io.crmkit.testkit;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Agenda;
import io.crmkit.core.activity.Links;
import io.crmkit.core.assignment.Assigner;
import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentLedger;
import io.crmkit.core.assignment.AssignmentRules;
import io.crmkit.core.assignment.AssignmentSubject;
import io.crmkit.core.assignment.Criterion;
import io.crmkit.core.assignment.Distribution;
import io.crmkit.core.assignment.Member;
import io.crmkit.core.assignment.Target;
import io.crmkit.core.assignment.Team;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.DuplicateScan;
import io.crmkit.core.dedupe.MatchConfig;
import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.dedupe.ScanResult;
import io.crmkit.core.json.PipelineJson;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationOutcome;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.QualificationPolicy;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.InactivityPolicy;
import io.crmkit.core.lifecycle.Standing;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStageChanged;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ReopenRule;
import io.crmkit.core.opportunity.StageCriteria;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.playbook.Alert;
import io.crmkit.core.playbook.AlertKind;
import io.crmkit.core.playbook.AlertRules;
import io.crmkit.core.playbook.Alerts;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.playbook.TaskTemplate;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.RecycleDue;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.CurrencyMismatchException;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.ConversionRequest.OpportunityRequest;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.OwnershipService;
import io.crmkit.core.usecase.PlaybookService;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.testkit.fixture.LeadFixtures;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The README's examples, verbatim where possible, so the documentation cannot rot. */
final class ReadmeExamplesTest {

    @Test
    void quickStart() {
        InMemoryCrm store = InMemoryCrm.create();               // or your own adapters of io.crmkit.core.port
        Crm crm = Crm.using(store.ports(Clock.systemUTC()));
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
                .email("ada@analytical.example").company("Analytical Engines Ltd").build());
        crm.leads().qualify(lead.id(), QualificationPolicies.none());
        LeadConversion won = crm.leads().convert(lead.id(), ConversionRequest.newAccount(UserId.newId())
                .withOpportunity(OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "40 seats")));
        StageMove move = crm.opportunities().moveTo(won.opportunity().orElseThrow().id(), "proposal");

        assertEquals(List.of("an amount greater than zero is required"),
                assertInstanceOf(StageMove.Refused.class, move).reasons());
    }

    @Test
    void money() {
        Money total = Money.of("100.00", "EUR");

        assertEquals(List.of(Money.of("33.34", "EUR"), Money.of("33.33", "EUR"), Money.of("33.33", "EUR")), total.allocate(3));
        assertEquals(List.of(Money.of("33.33", "EUR"), Money.of("66.67", "EUR")),
                total.allocate(List.of(new BigDecimal("1"), new BigDecimal("2"))));
        assertEquals(Money.of("17.50", "EUR"), total.percent(Percentage.of("17.5"), RoundingMode.HALF_EVEN));
        assertThrows(CurrencyMismatchException.class, () -> Money.of("10", "JPY").plus(Money.of("1", "EUR")));
        assertEquals("+49301234567", PhoneNumber.parse("030 1234567", CountryCode.of("DE")).e164());
        assertEquals("+390669821234", PhoneNumber.parse("06 6982 1234", CountryCode.of("IT")).e164());
        assertEquals("analytical.example", EmailAddress.of(" Ada@Analytical.Example ").domain());
    }

    @Test
    void qualificationReportsEveryReason() {
        Crm crm = InMemoryCrm.create().crm(MutableClock.at("2026-03-02T09:00:00Z"));
        Lead lead = crm.leads().capture(LeadFixtures.anyNewLead());

        QualificationPolicy policy = QualificationPolicies.bant(Money.of("25000", "EUR"), Period.ofMonths(6))
                .and(QualificationPolicies.excludeEmailDomains(Set.of("competitor.example"), DisqualificationReason.NOT_A_PROSPECT));
        QualificationOutcome outcome = crm.leads().qualify(lead.id(), policy);

        QualificationOutcome.Disqualified d = assertInstanceOf(QualificationOutcome.Disqualified.class, outcome);
        assertEquals("NO_BUDGET: budget is unknown", d.reasons().get(0).reason() + ": " + d.reasons().get(0).detail());
        assertEquals(4, d.reasons().size());
    }

    @Test
    void pipelineBuilder() {
        Pipeline direct = Pipeline.builder(PipelineId.newId(), "Direct sales")
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE,
                        StageCriteria.primaryContact(), StageCriteria.amount())
                .open("negotiation", "Negotiation", 0.80, ForecastCategory.COMMIT, StageCriteria.expectedCloseDate())
                .won("won", "Closed won", StageCriteria.amount())
                .lost("lost", "Closed lost")
                .reopenRule(new ReopenRule(false, true, Optional.of(Duration.ofDays(90))))
                .build();

        assertEquals(List.of("qualify", "proposal", "negotiation"), direct.openStages().stream().map(s -> s.key()).toList());
    }

    @Test
    void pipelinesAsJson(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("direct-sales.json"), PipelineJson.standard().write(PipelineFixtures.directSales()));

        Pipeline pipeline = PipelineJson.standard().read(Files.readString(dir.resolve("direct-sales.json")));
        String json = PipelineJson.standard().write(pipeline);

        assertEquals(PipelineFixtures.directSales(), pipeline);
        assertEquals(json, PipelineJson.standard().write(PipelineJson.standard().read(json)));
    }

    @Test
    void agendaAndStandingAndTestkit() {
        MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(clock);
        Lead lead = crm.leads().capture(LeadFixtures.anyNewLead());
        clock.advance(Duration.ofDays(3));
        crm.leads().startWorking(lead.id());
        assertEquals(2, store.publishedEvents().size());

        UserId rep = UserId.newId();
        crm.activities().schedule(ActivityType.CALL, "Follow up", Links.toLead(lead.id()), rep, clock.instant().plus(Duration.ofHours(2)));
        Agenda today = crm.activities().agenda(rep, Duration.ofHours(8));
        assertEquals(0, today.overdue().size());
        assertEquals(1, today.dueSoon().size());

        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        crm.leads().qualify(lead.id(), QualificationPolicies.none());
        var accountId = crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep)).account().id();
        Standing standing = crm.lifecycle().standing(accountId, new InactivityPolicy(Duration.ofDays(60), Duration.ofDays(180)));
        assertEquals(Standing.ACTIVE, standing);
    }

    @Test
    void leadAssignment() {
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(MutableClock.at("2026-03-02T09:00:00Z"));
        UserId ana = UserId.newId();
        UserId ben = UserId.newId();
        UserId vip = UserId.newId();
        LocalDate monday = LocalDate.of(2026, 3, 2);
        LocalDate friday = monday.plusDays(4);
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
                .email("ada@analytical.example").companyProfile(CompanyProfile.empty().withRegion("emea")).build());

        AssignmentRules rules = AssignmentRules.builder()
                .team(new Team("emea", List.of(Member.of(ana).withCapacity(44), Member.of(ben).onLeave(monday, friday)),
                        Distribution.LOAD_BALANCED))
                .rule("enterprise", new Target.User(vip), Criterion.size(Set.of(SizeBand.ENTERPRISE)))
                .rule("emea", new Target.Team("emea"), Criterion.region(Set.of("EMEA")))
                .build();
        Assigner assigner = new Assigner(rules, new AssignmentLedger());
        Assignment result = assigner.assign(AssignmentSubject.of(lead), monday);   // Assigned(ana, "emea", ...)
        if (result instanceof Assignment.Assigned a) {
            crm.leads().assign(lead.id(), a.user());
        }

        assertEquals(Optional.of(ana), crm.leads().find(lead.id()).orElseThrow().owner());
        assertEquals("emea", ((Assignment.Assigned) result).rule());

        UserId leaver = ana;
        UserId successor = ben;
        OwnershipService.HandOver moved = crm.ownership().handOver(leaver, successor);   // ids of the leads, accounts, deals moved
        assertEquals(List.of(lead.id()), moved.leads());
    }

    @Test
    void publicPool() {
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(MutableClock.at("2026-03-02T09:00:00Z"));
        UserId alice = UserId.newId();
        Account account = crm.accounts().open("Acme Tools", CompanyProfile.empty(), UserId.newId());

        PoolRules rules = PoolRules.builder("east region", 15).extendPerActivity(3, 30).remindBefore(2)
                .claimCaps(5, 50, false).cooldown(7).build();
        PoolService pool = crm.pool(store.pooledAccounts(), rules);   // your PooledAccounts adapter in production
        pool.enter(account.id());
        ClaimResult claim = pool.claim(account.id(), alice);          // Claimed, or Refused(DAILY_CAP, "user ... made 5 claims today; ...")
        Optional<RecycleDue> due = pool.recycleDue(account.id());     // day 15, or later after follow-ups (at most day 30)
        PoolService.Sweep sweep = pool.sweep();                       // run daily: recycles what is due, reminds holders

        assertInstanceOf(ClaimResult.Claimed.class, claim);
        assertEquals(Instant.parse("2026-03-17T09:00:00Z"), due.orElseThrow().at());
        assertEquals(List.of(), sweep.recycled());
    }

    @Test
    void playbooksAndAlerts() {
        MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(clock);
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        UserId rep = UserId.newId();
        Account account = crm.accounts().open("Globex", CompanyProfile.empty(), rep);
        Opportunity deal = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Globex rollout", rep);
        List<Opportunity> closedDeals = List.of();

        Playbook playbook = new Playbook(PipelineFixtures.DIRECT_SALES, Map.of(
                "discovery", List.of(new TaskTemplate(ActivityType.MEETING, "Discovery call with the buyer", 2))));
        PlaybookService playbooks = crm.playbooks(List.of(playbook));   // checks every stage key against the pipeline
        store.subscribe(e -> {
            if (e instanceof OpportunityStageChanged changed) {
                playbooks.onStageChanged(changed);
            }
        });
        crm.opportunities().moveTo(deal.id(), "discovery");
        clock.set(clock.instant().plus(Duration.ofDays(15)));
        List<Alert> alerts = playbooks.dealAlerts(deal.id(), Alerts.averageTimeInStage(closedDeals), AlertRules.ofDefaults());

        assertEquals(List.of("Discovery call with the buyer"),
                store.activities().findByAccount(account.id()).stream().map(Activity::subject).toList());
        assertEquals(List.of(AlertKind.STALE_DEAL), alerts.stream().map(Alert::kind).toList());
    }

    @Test
    void duplicateDetectionAndMerge() {
        InMemoryCrm store = InMemoryCrm.create();
        Crm crm = store.crm(Clock.systemUTC());
        Lead stored = crm.leads().capture(NewLead.from(SourceChannel.REFERRAL).person("伟", "黄").company("深圳华星科技有限公司")
                .email("wei.huang@huaxing.example.cn").phone("+86 138 0013 8000", CountryCode.of("CN")).build());

        DuplicateService duplicates = crm.duplicates(store.duplicateCandidates()); // your DuplicateCandidates adapter
        CapturePolicy policy = CapturePolicy.custom()
                .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK)
                .on(SourceChannel.WEB_FORM, CapturePolicy.Action.AUTO_MERGE)
                .otherwise(CapturePolicy.Action.FLAG)
                .build();
        CaptureOutcome outcome = duplicates.capture(NewLead.from(SourceChannel.IMPORT).person("", "黄伟")
                .company("深圳华星科技股份有限公司").phone("138 0013 8000", CountryCode.of("CN")).build(), policy);
        String reason = "";
        if (outcome instanceof CaptureOutcome.Blocked blocked) {
            reason = blocked.reason();   // duplicate of lead 0190... (score 1.00)
        }
        List<Lead> allLeads = List.of(stored);
        ScanResult scan = DuplicateScan.using(Matcher.of(MatchConfig.ofDefaults())).scan(allLeads);

        assertEquals("duplicate of lead " + stored.id() + " (score 1.00)", reason);
        assertEquals(0, scan.clusters().size());
    }
}
