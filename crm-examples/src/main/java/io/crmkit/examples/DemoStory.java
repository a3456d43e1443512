package io.crmkit.examples;

import io.crmkit.core.activity.Activity;
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
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationOutcome;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.QualificationPolicy;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.ConversionRequest.OpportunityRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scripted sales story that {@code crmkit demo} tells, run on the embedded in-memory store (or any ports, such as an H2 file database) with a clock that
 * starts at {@link #START} and that the story moves forward. Every outcome it narrates (statuses, reasons, stages)
 * is read from what crm-core returned; the story only decides what to try. Apart from ids, a run always produces
 * the same result.
 */
final class DemoStory {

    /** When the story starts, in UTC. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The qualification bar: BANT with at least this budget... */
    static final Money MINIMUM_BUDGET = Money.of("25000", "EUR");
    /** ...and a purchase within this horizon. */
    static final Period HORIZON = Period.ofMonths(6);

    private static final ZoneId ZONE = ZoneId.of("UTC");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);
    private static final UserId REP = UserId.of("01900000-0000-7000-8000-0000000000a1");
    private static final UserId KEY_ACCOUNTS_REP = UserId.of("01900000-0000-7000-8000-0000000000a2");
    private static final UserId INSIDE_REP = UserId.of("01900000-0000-7000-8000-0000000000a3");

    private final MutableClock clock = MutableClock.at(START);
    private final CrmPorts ports;
    private final Crm crm;
    private final List<Step> steps = new ArrayList<>();

    private DemoStory(Function<Clock, CrmPorts> store) {
        this.ports = store.apply(clock);
        this.crm = Crm.using(ports);
    }

    /** One thing that happened: its number, when, a one-line account, and detail lines (reasons, a table). */
    record Step(int number, Instant at, String text, List<String> details) {
        Step {
            details = List.copyOf(details);
        }
    }

    /** A stage move that was refused, and why. */
    record RefusedMove(String from, String to, StageMove.Refused refusal) {
    }

    /** Everything the story did, for rendering as text or JSON. */
    record Result(Instant start, Instant end, ZoneId zone, Pipeline pipeline, List<Step> steps, List<Lead> leads,
                  QualificationOutcome.Disqualified disqualified, QualificationOutcome.Qualified qualified,
                  LeadConversion conversion, List<Activity> activities, RefusedMove refusedMove,
                  Opportunity opportunity, Account account, CustomerLifecycle lifecycle, Timeline timeline) {
        Result {
            steps = List.copyOf(steps);
            leads = List.copyOf(leads);
            activities = List.copyOf(activities);
        }
    }

    /** Runs the story on a fresh in-memory store. */
    static Result run() {
        return run(InMemoryCrm.create()::ports);
    }

    /** Runs the story on the empty store whose ports {@code store} gives for the story's clock. */
    static Result run(Function<Clock, CrmPorts> store) {
        return new DemoStory(store).play();
    }

    /**
     * {@code result} with everything the tables show (leads, account, activities, opportunity, lifecycle, timeline)
     * read again from {@code ports}: what the store kept, not what the story held in memory.
     */
    static Result readBack(Result result, CrmPorts ports) {
        Crm crm = Crm.using(ports);
        var accountId = result.account().id();
        return new Result(result.start(), result.end(), result.zone(),
                ports.pipelines().find(result.pipeline().id()).orElseThrow(), result.steps(),
                result.leads().stream().map(l -> ports.leads().find(l.id()).orElseThrow()).toList(),
                result.disqualified(), result.qualified(), result.conversion(),
                ports.activities().findByAccount(accountId), result.refusedMove(),
                ports.opportunities().find(result.opportunity().id()).orElseThrow(),
                ports.accounts().find(accountId).orElseThrow(), ports.lifecycles().find(accountId).orElseThrow(),
                crm.timeline().of(accountId));
    }

    /** The time formatting the story uses: minutes, UTC. */
    static String minutes(Instant at) {
        return MINUTES.format(at);
    }

    private Result play() {
        // a pipeline to sell in
        Pipeline pipeline = PipelineFixtures.directSales();
        crm.opportunities().definePipeline(pipeline);
        step("Pipeline '" + pipeline.name() + "' defined: "
                + pipeline.openStages().stream().map(Stage::key).collect(Collectors.joining(" -> "))
                + " -> " + pipeline.wonStage().key() + " | " + pipeline.lostStage().key());

        // leads arrive from three channels
        List<Lead> captured = new ArrayList<>();
        captured.add(crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM)
                .person("Grace", "Hopper").email("grace.hopper@cobolsystems.example").title("IT Operations Lead")
                .company("Cobol Systems Inc")
                .companyProfile(CompanyProfile.empty().withIndustry("Software").withSizeBand(SizeBand.SMALL))
                .bant(Bant.unknown().withBudget(Money.of("8000", "EUR")).withAuthority(DecisionRole.INFLUENCER)
                        .withNeed("Track support contracts").withTimeline(today().plusMonths(12)))
                .build()));
        clockTo("2026-03-02T10:30:00Z");
        captured.add(crm.leads().capture(NewLead.from(SourceChannel.EVENT)
                .person("Ming", "Wang").email("ming.wang@huaxing.example").company("华星科技有限公司")
                .companyProfile(CompanyProfile.empty().withIndustry("Electronics").withSizeBand(SizeBand.LARGE))
                .build()));
        clockTo("2026-03-02T11:15:00Z");
        captured.add(crm.leads().capture(NewLead.from(SourceChannel.REFERRAL)
                .person("Ada", "Lovelace").email("ada.lovelace@analyticalengines.example").title("Chief Operating Officer")
                .company("Analytical Engines Ltd")
                .companyProfile(CompanyProfile.empty().withIndustry("Manufacturing").withSizeBand(SizeBand.MEDIUM)
                        .withRegion("United Kingdom"))
                .bant(Bant.unknown().withBudget(Money.of("60000", "EUR")).withAuthority(DecisionRole.DECISION_MAKER)
                        .withNeed("Replace spreadsheets for 40 field sales reps").withTimeline(today().plusMonths(2)))
                .build()));
        Table leads = Table.withHeaders("Lead", "Captured", "Source", "Name", "Company", "Budget", "Authority", "Status");
        for (Lead l : captured) {
            leads.row(ShortIds.of(l.id().value()), minutes(l.capturedAt()), l.source(), l.person().full(),
                    l.company().orElse(""), l.bant().budget().map(Money::toString).orElse("?"),
                    l.bant().authority().map(Enum::name).orElse("?"), l.status());
        }
        step(captured.size() + " leads arrived from " + captured.stream().map(l -> l.source().name())
                .collect(Collectors.joining(", ")), leads.lines());
        assign(captured);
        Lead grace = captured.get(0);
        Lead ming = captured.get(1);
        Lead ada = captured.get(2);

        // the web-form lead does not pass BANT
        clockTo("2026-03-03T09:30:00Z");
        QualificationPolicy bant = QualificationPolicies.bant(MINIMUM_BUDGET, HORIZON);
        String policy = "BANT (budget at least " + MINIMUM_BUDGET + ", purchase within " + HORIZON.toTotalMonths() + " months)";
        QualificationOutcome first = crm.leads().qualify(grace.id(), bant);
        QualificationOutcome.Disqualified disqualified = expect(QualificationOutcome.Disqualified.class, first,
                "lead " + grace.person() + " was expected to fail " + policy);
        step("Lead " + describe(grace) + " checked against " + policy + ": " + disqualified.lead().status(),
                disqualified.reasons().stream().map(d -> "- " + d.reason() + ": " + d.detail()).toList());

        // the event lead is not ready yet
        clockTo("2026-03-03T09:45:00Z");
        crm.leads().startWorking(ming.id());
        Lead nurtured = crm.leads().nurture(ming.id());
        step("Lead " + describe(ming) + " worked and handed to marketing to nurture: " + nurtured.status());

        // the referral qualifies and is converted
        clockTo("2026-03-03T10:00:00Z");
        QualificationOutcome second = crm.leads().qualify(ada.id(), bant);
        QualificationOutcome.Qualified qualified = expect(QualificationOutcome.Qualified.class, second,
                "lead " + ada.person() + " was expected to pass " + policy);
        step("Lead " + describe(ada) + " checked against " + policy + ": " + qualified.lead().status());

        clockTo("2026-03-03T10:05:00Z");
        LeadConversion conversion = crm.leads().convert(ada.id(), ConversionRequest.newAccount(REP)
                .withOpportunity(OpportunityRequest.of(pipeline.id(), "Analytical Engines - field sales CRM")));
        Account account = conversion.account();
        Contact contact = conversion.contact();
        Opportunity opportunity = conversion.opportunity().orElseThrow(
                () -> new IllegalStateException("conversion of lead " + ada.id() + " opened no opportunity"));
        AccountId accountId = account.id();
        OpportunityId opportunityId = opportunity.id();
        Table converted = Table.withHeaders("Record", "Id", "Name", "Details")
                .row("account", ShortIds.of(accountId.value()), account.name(), "roles " + names(account.roles())
                        + account.profile().industry().map(i -> ", " + i).orElse(""))
                .row("contact", ShortIds.of(contact.id().value()), contact.name().full(),
                        contact.email().map(Object::toString).orElse("") + contact.decisionRole().map(r -> ", " + r).orElse(""))
                .row("opportunity", ShortIds.of(opportunityId.value()), opportunity.name(),
                        "stage " + opportunity.stage() + " (" + pipeline.requireStage(opportunity.stage()).name()
                                + "), primary contact " + opportunity.primaryContact().map(c -> ShortIds.of(c.value())).orElse("none"));
        step("Lead " + describe(ada) + " converted: " + conversion.lead().status(), converted.lines());

        // a discovery call happened; a meeting and a task are scheduled
        clockTo("2026-03-04T14:00:00Z");
        Links onDeal = Links.toOpportunity(accountId, opportunityId).withContact(contact.id());
        Activity call = crm.activities().log(ActivityType.CALL, "Discovery call with " + contact.name().full(), onDeal, REP,
                Optional.of("40 reps on spreadsheets; wants pipeline visibility by Q3"), clock.instant().minus(Duration.ofMinutes(30)));
        step(label(call) + " logged (" + call.status() + " at " + minutes(call.timelineInstant()) + "): " + call.subject()
                + call.outcome().map(o -> " - " + o).orElse(""));
        clockTo("2026-03-04T14:05:00Z");
        Activity meeting = crm.activities().schedule(ActivityType.MEETING, "Proposal walkthrough with the board",
                onDeal, REP, Instant.parse("2026-03-09T10:00:00Z"));
        step(label(meeting) + " scheduled (" + meeting.status() + ", due " + minutes(meeting.due().orElseThrow()) + "): "
                + meeting.subject());

        // through the pipeline
        clockTo("2026-03-04T14:30:00Z");
        StageMove toDiscovery = crm.opportunities().moveTo(opportunityId, "discovery");
        step(moved(expectMoved(toDiscovery), pipeline));

        clockTo("2026-03-06T11:00:00Z");
        String from = crm.opportunities().find(opportunityId).orElseThrow().stage();
        StageMove early = crm.opportunities().moveTo(opportunityId, "proposal");
        StageMove.Refused refused = expect(StageMove.Refused.class, early,
                "opportunity " + opportunityId + " was expected to be refused 'proposal' without an amount");
        RefusedMove refusedMove = new RefusedMove(from, "proposal", refused);
        step("Opportunity '" + opportunity.name() + "' refused entry to " + stage(pipeline, "proposal") + ", still in "
                + refused.opportunity().stage(), refused.reasons().stream().map(r -> "- " + r).toList());

        clockTo("2026-03-06T11:05:00Z");
        Opportunity priced = crm.opportunities().setAmount(opportunityId, Money.of("48000", "EUR"));
        step("Amount of '" + priced.name() + "' set to " + priced.amount().map(Money::toString).orElse("nothing"));
        StageMove toProposal = crm.opportunities().moveTo(opportunityId, "proposal");
        step(moved(expectMoved(toProposal), pipeline));

        clockTo("2026-03-09T11:30:00Z");
        Activity met = crm.activities().complete(meeting.id(),
                Optional.of("Board walked through the proposal; legal review next"));
        step(label(met) + " " + met.status() + ": " + met.subject() + met.outcome().map(o -> " - " + o).orElse(""));
        Activity task = crm.activities().schedule(ActivityType.TASK, "Send the security questionnaire back",
                onDeal, REP, Instant.parse("2026-03-20T17:00:00Z"));
        step(label(task) + " scheduled (" + task.status() + ", due " + minutes(task.due().orElseThrow()) + "): " + task.subject());

        clockTo("2026-03-10T09:00:00Z");
        Opportunity dated = crm.opportunities().setExpectedClose(opportunityId, LocalDate.parse("2026-03-31"));
        step("Expected close of '" + dated.name() + "' set to " + dated.expectedClose().map(LocalDate::toString).orElse("nothing"));
        StageMove toNegotiation = crm.opportunities().moveTo(opportunityId, "negotiation");
        step(moved(expectMoved(toNegotiation), pipeline));

        clockTo("2026-03-18T16:00:00Z");
        StageMove won = crm.opportunities().closeWon(opportunityId, Optional.of("Best fit for field sales; signed for 40 seats"));
        Opportunity closed = expectMoved(won).opportunity();
        step("Opportunity '" + closed.name() + "' closed " + closed.status() + ": now in " + stage(pipeline, closed.stage())
                + closed.closing().flatMap(c -> c.reason()).map(r -> " - " + r).orElse(""));

        // what the account looks like now
        Account finalAccount = ports.accounts().find(accountId).orElseThrow();
        CustomerLifecycle lifecycle = crm.lifecycle().find(accountId).orElseThrow(
                () -> new IllegalStateException("account " + accountId + " has no lifecycle"));
        step("Account " + finalAccount.name() + " now has roles " + names(finalAccount.roles()) + " and lifecycle stage "
                + lifecycle.stage());

        List<Lead> finalLeads = captured.stream().map(l -> crm.leads().find(l.id()).orElseThrow()).toList();
        List<Activity> activities = ports.activities().findByAccount(accountId);
        steps.addAll(SalesOpsStory.run(steps.size() + 1));
        return new Result(START, steps.get(steps.size() - 1).at(), ZONE, pipeline, steps, finalLeads, disqualified, qualified, conversion,
                activities, refusedMove, closed, finalAccount, lifecycle, crm.timeline().of(accountId));
    }

    /** Routes the new leads: large companies to the key-accounts rep, the rest round-robin through the inbound team. */
    private void assign(List<Lead> leads) {
        AssignmentRules rules = AssignmentRules.builder()
                .team(new Team("inbound", List.of(Member.of(INSIDE_REP), Member.of(REP)), Distribution.ROUND_ROBIN))
                .rule("key-accounts", new Target.User(KEY_ACCOUNTS_REP), Criterion.size(Set.of(SizeBand.LARGE, SizeBand.ENTERPRISE)))
                .rule("inbound", new Target.Team("inbound"))
                .build();
        Assigner assigner = new Assigner(rules, new AssignmentLedger());
        Table table = Table.withHeaders("Lead", "Name", "Company size", "Rule", "Owner");
        for (Lead lead : leads) {
            Assignment.Assigned to = expect(Assignment.Assigned.class, assigner.assign(AssignmentSubject.of(lead), today()),
                    "lead " + lead.person() + " was expected to be assigned");
            crm.leads().assign(lead.id(), to.user());
            table.row(ShortIds.of(lead.id().value()), lead.person().full(),
                    lead.companyProfile().sizeBand().map(Enum::name).orElse("?"), to.reason(), ShortIds.of(to.user().value()));
        }
        step(leads.size() + " leads assigned by rules: large companies to the key-accounts rep, the rest round-robin", table.lines());
    }

    /** Moves the clock forward to {@code isoInstant}. */
    private void clockTo(String isoInstant) {
        Instant next = Instant.parse(isoInstant);
        if (next.isBefore(clock.instant())) {
            throw new IllegalStateException("the demo clock only moves forward, from " + clock.instant() + " not back to " + next);
        }
        clock.set(next);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    private void step(String text) {
        step(text, List.of());
    }

    private void step(String text, List<String> details) {
        steps.add(new Step(steps.size() + 1, clock.instant(), text, details));
    }

    private static String describe(Lead lead) {
        return lead.person().full() + " (" + lead.source() + ")";
    }

    private static String label(Activity activity) {
        String type = activity.type().name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(type.charAt(0)) + type.substring(1);
    }

    private static String names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(", "));
    }

    private static String stage(Pipeline pipeline, String key) {
        Stage s = pipeline.requireStage(key);
        return s.key() + " (" + s.name() + ", " + s.probability() + ")";
    }

    private static String moved(StageMove.Moved move, Pipeline pipeline) {
        Opportunity o = move.opportunity();
        List<StageChange> history = o.history();
        String from = history.size() < 2 ? "" : history.get(history.size() - 2).to() + " -> ";
        return "Opportunity '" + o.name() + "' moved " + from + stage(pipeline, o.stage());
    }

    private static StageMove.Moved expectMoved(StageMove move) {
        if (move instanceof StageMove.Refused refused) {
            throw new IllegalStateException("opportunity " + refused.opportunity().id() + " was refused a move: "
                    + String.join("; ", refused.reasons()));
        }
        return (StageMove.Moved) move;
    }

    /** {@code outcome} as a {@code type}, or an exception saying the story broke and what it expected. */
    static <T> T expect(Class<T> type, Object outcome, String expectation) {
        if (!type.isInstance(outcome)) {
            throw new IllegalStateException("the demo story broke: " + expectation + " but got " + outcome);
        }
        return type.cast(outcome);
    }
}
