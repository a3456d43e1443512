package io.crmkit.testkit.dedupe;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.DuplicateSuspected;
import io.crmkit.core.dedupe.LeadsMerged;
import io.crmkit.core.dedupe.MasterPolicy;
import io.crmkit.core.dedupe.MergeField;
import io.crmkit.core.dedupe.Survivorship;
import io.crmkit.core.dedupe.Verdict;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.port.Activities;
import io.crmkit.core.shared.CountryCode;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A duplicate arrives at capture through each channel policy, and duplicates are merged without losing anything. */
final class DuplicateCaptureScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final DuplicateService duplicates = crm.duplicates(store.duplicateCandidates());
    private final UserId rep = UserId.newId();
    private final CapturePolicy policy = CapturePolicy.custom()
            .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK)
            .on(SourceChannel.EVENT, CapturePolicy.Action.FLAG)
            .on(SourceChannel.WEB_FORM, CapturePolicy.Action.AUTO_MERGE)
            .build();

    private Lead storedHuang() {
        return crm.leads().capture(NewLead.from(SourceChannel.REFERRAL).person("伟", "黄").company("深圳华星科技有限公司")
                .email("wei.huang@huaxing.example.cn").owner(rep).tags(Tags.of("referral")).build());
    }

    private static NewLead.Builder huangAgain(SourceChannel channel) {
        return NewLead.from(channel).person("", "黄伟").company("深圳华星科技股份有限公司")
                .email("Wei.Huang@HUAXING.example.cn").phone("138 0013 8000", CountryCode.of("CN"));
    }

    @Test
    void importedDuplicateIsBlockedNamingTheStoredLead() {
        Lead stored = storedHuang();
        int events = store.publishedEvents().size();

        CaptureOutcome outcome = duplicates.capture(huangAgain(SourceChannel.IMPORT).build(), policy);

        CaptureOutcome.Blocked blocked = assertInstanceOf(CaptureOutcome.Blocked.class, outcome);
        assertEquals(stored.id(), blocked.matches().get(0).right());
        assertTrue(blocked.reason().contains(stored.id().toString()), blocked.reason());
        assertEquals(events, store.publishedEvents().size(), "nothing published");
        assertEquals(List.of(stored.id()), store.leads().findByEmail(stored.email().orElseThrow()).stream().map(Lead::id).toList(),
                "nothing stored");
    }

    @Test
    void duplicateFromAnEventIsStoredAndFlaggedWithTheIdItMayDuplicate() {
        Lead stored = storedHuang();

        CaptureOutcome outcome = duplicates.capture(huangAgain(SourceChannel.EVENT).build(), policy);

        CaptureOutcome.Flagged flagged = assertInstanceOf(CaptureOutcome.Flagged.class, outcome);
        assertEquals(Verdict.SAME, flagged.matches().get(0).verdict());
        DuplicateSuspected event = store.publishedEvents(DuplicateSuspected.class).get(0);
        assertEquals(flagged.lead().id(), event.lead());
        assertEquals(List.of(stored.id()), event.mayDuplicate());
        assertTrue(crm.leads().find(flagged.lead().id()).isPresent());
    }

    @Test
    void webFormDuplicateIsMergedIntoTheOlderLeadFillingItsEmptyPhone() {
        Lead stored = storedHuang();
        Activity call = crm.activities().log(ActivityType.CALL, "Intro call", Links.toLead(stored.id()), rep,
                Optional.of("interested"), clock.instant());
        clock.advance(Duration.ofDays(3));

        CaptureOutcome outcome = duplicates.capture(huangAgain(SourceChannel.WEB_FORM).tags(Tags.of("webinar")).build(), policy);

        CaptureOutcome.Merged merged = assertInstanceOf(CaptureOutcome.Merged.class, outcome);
        assertEquals(stored.id(), merged.master().id(), "the oldest lead is the master");
        assertEquals("+8613800138000", merged.master().phone().orElseThrow().e164(), "the empty phone is filled");
        assertEquals("伟 黄", merged.master().person().full(), "the master's own name is kept");
        assertEquals(Tags.of("referral", "webinar"), merged.master().tags());
        LeadsMerged event = store.publishedEvents(LeadsMerged.class).get(0);
        Lead newcomer = crm.leads().find(event.mergedIds().get(0)).orElseThrow();
        assertEquals(LeadStatus.DISQUALIFIED, newcomer.status());
        assertEquals(DisqualificationReason.DUPLICATE, newcomer.disqualifications().get(0).reason());
        assertEquals(List.of(MergeField.PHONE), event.fieldsTaken().stream().map(f -> f.field()).toList());
        assertEquals(Optional.empty(), event.fieldsTaken().get(0).before());
        assertEquals(List.of("webinar"), event.tagsAdded());
        assertEquals(stored.id(), store.activities().find(call.id()).orElseThrow().links().lead().orElseThrow());
        assertEquals(1, store.publishedEvents(LeadCaptured.class).stream().filter(e -> e.leadId().equals(newcomer.id())).count());
    }

    @Test
    void leadWithoutDuplicatesIsSimplyCaptured() {
        storedHuang();

        CaptureOutcome outcome = duplicates.capture(NewLead.from(SourceChannel.IMPORT).person("Ada", "Lovelace")
                .email("ada@analytical.example").company("Analytical Engines Ltd").build(), policy);

        assertInstanceOf(CaptureOutcome.Captured.class, outcome);
        assertTrue(store.publishedEvents(DuplicateSuspected.class).isEmpty());
    }

    @Test
    void mergeMovesEveryActivityAndTagToTheMasterChosenByPolicy() {
        // given: three records of one person, the second worked by a rep
        Lead a = crm.leads().capture(NewLead.from(SourceChannel.IMPORT).person("Jürgen", "Müller")
                .company("Rhein Logistics GmbH").tags(Tags.of("import")).build());
        clock.advance(Duration.ofDays(1));
        Lead b = crm.leads().capture(NewLead.from(SourceChannel.EVENT).person("Juergen", "Mueller")
                .email("j.mueller@rhein-logistics.example").title("COO").tags(Tags.of("fair 2026")).build());
        crm.leads().startWorking(b.id());
        clock.advance(Duration.ofDays(1));
        Lead c = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Müller", "Jürgen")
                .email("j.mueller@rhein-logistics.example").title("Chief Operating Officer").build());
        for (Lead l : List.of(a, b, c)) {
            crm.activities().log(ActivityType.EMAIL, "Mail to " + l.person(), Links.toLead(l.id()), rep, Optional.empty(), clock.instant());
        }

        // when
        CaptureOutcome.Merged merged = duplicates.merge(List.of(a.id(), b.id(), c.id()),
                MasterPolicy.notLost().then(MasterPolicy.furthestInLifecycle()).then(MasterPolicy.oldest()),
                Survivorship.ofDefaults().with(MergeField.TITLE, Survivorship.Rule.PREFER_NEWEST));

        // then: the worked lead survives, newest title, company filled, every tag and activity kept
        assertEquals(b.id(), merged.master().id());
        assertEquals("Chief Operating Officer", merged.master().title().orElseThrow());
        assertEquals("Rhein Logistics GmbH", merged.master().company().orElseThrow());
        assertEquals(Tags.of("import", "fair 2026"), merged.master().tags());
        assertEquals(3, store.activities().findByLead(b.id()).size());
        assertEquals(List.of(a.id(), c.id()), merged.merge().mergedIds());
        assertEquals(List.of(LeadStatus.NEW, LeadStatus.NEW), merged.merge().merged().stream().map(m -> m.statusBefore()).toList());
        assertEquals(2, merged.merge().activitiesMoved().size());
    }

    @Test
    void mergeThatFailsHalfWayStoresNothing() {
        Lead a = crm.leads().capture(NewLead.from(SourceChannel.IMPORT).person("Ada", "Lovelace").email("ada@analytical.example").build());
        Lead b = crm.leads().capture(NewLead.from(SourceChannel.EVENT).person("Ada", "Lovelace").email("ada@analytical.example")
                .title("CTO").build());
        crm.activities().log(ActivityType.NOTE, "Met at the fair", Links.toLead(b.id()), rep, Optional.empty(), clock.instant());
        Activities real = store.activities();
        Activities broken = new Activities() {
            public Optional<Activity> find(ActivityId id) { return real.find(id); }
            public Activity save(Activity activity) { throw new IllegalStateException("disk full"); }
            public List<Activity> findByAccount(io.crmkit.core.party.AccountId account) { return real.findByAccount(account); }
            public List<Activity> findByLead(io.crmkit.core.lead.LeadId lead) { return real.findByLead(lead); }
            public List<Activity> findOpenByOwner(UserId owner) { return real.findOpenByOwner(owner); }
        };
        CrmPorts p = store.ports(clock);
        Crm failing = Crm.using(new CrmPorts(p.leads(), p.accounts(), p.contacts(), p.opportunities(), p.pipelines(), broken,
                p.lifecycles(), p.events(), p.transactions(), clock));
        int events = store.publishedEvents().size();

        assertThrows(IllegalStateException.class, () -> failing.duplicates(store.duplicateCandidates())
                .mergeInto(a.id(), List.of(b.id()), Survivorship.ofDefaults()));

        assertEquals(a, crm.leads().find(a.id()).orElseThrow());
        assertEquals(b, crm.leads().find(b.id()).orElseThrow());
        assertEquals(events, store.publishedEvents().size());
    }
}
