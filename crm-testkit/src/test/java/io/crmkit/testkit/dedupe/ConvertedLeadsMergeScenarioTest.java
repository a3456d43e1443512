package io.crmkit.testkit.dedupe;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.dedupe.LeadsMerged;
import io.crmkit.core.dedupe.MasterPolicy;
import io.crmkit.core.dedupe.MergedLead;
import io.crmkit.core.dedupe.OpportunityMove;
import io.crmkit.core.dedupe.Survivorship;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityMoved;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Tags;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One buyer was converted twice by two reps, each time with a deal, and captured a third time: the merge keeps one
 * converted master, moves the other conversion's deals (open and won) to the master's account and lists every move.
 */
final class ConvertedLeadsMergeScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final DuplicateService duplicates = crm.duplicates(store.duplicateCandidates());
    private final UserId anna = UserId.newId();
    private final UserId ben = UserId.newId();

    private LeadConversion convertedWithDeal(NewLead details, UserId rep, String deal) {
        Lead lead = crm.leads().capture(details);
        crm.leads().qualify(lead.id(), QualificationPolicies.none());
        return crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep)
                .withOpportunity(ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, deal)));
    }

    private record Story(LeadConversion first, LeadConversion second, Lead third, Opportunity secondWon) {
    }

    /** Anna converts Jürgen Müller; a week later Ben converts him again, wins a second deal, and a web form brings him back. */
    private Story story() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        LeadConversion first = convertedWithDeal(NewLead.from(SourceChannel.EVENT).person("Jürgen", "Müller")
                .company("Rhein Logistics GmbH").email("j.mueller@rhein-logistics.example").owner(anna)
                .tags(Tags.of("fair 2026")).build(), anna, "Fleet telematics");
        clock.advance(Duration.ofDays(7));
        LeadConversion second = convertedWithDeal(NewLead.from(SourceChannel.PHONE).person("Juergen", "Mueller")
                .company("Rhein Logistics").email("juergen.mueller@rhein-logistics.example").owner(ben).build(), ben,
                "Telematics pilot");
        AccountId benAccount = second.account().id();
        Opportunity spareParts = crm.opportunities().open(benAccount, PipelineFixtures.DIRECT_SALES, "Spare parts", ben);
        crm.opportunities().setPrimaryContact(spareParts.id(), second.contact().id());
        crm.opportunities().setAmount(spareParts.id(), Money.of("8400.00", "EUR"));
        clock.advance(Duration.ofDays(3));
        Opportunity won = assertInstanceOf(StageMove.Moved.class,
                crm.opportunities().closeWon(spareParts.id(), Optional.of("fast delivery"))).opportunity();
        crm.activities().log(ActivityType.CALL, "Pilot kick-off", Links.toLead(second.lead().id()), ben,
                Optional.empty(), clock.instant());
        clock.advance(Duration.ofDays(2));
        Lead third = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Jürgen", "Müller")
                .email("j.mueller@rhein-logistics.example").tags(Tags.of("webinar")).build());
        return new Story(first, second, third, won);
    }

    @Test
    void theSecondConversionsDealsMoveToTheMastersAccountAndTheEventListsEachMove() {
        // given
        Story s = story();
        AccountId master = s.first().account().id();
        AccountId benAccount = s.second().account().id();
        OpportunityId pilot = s.second().opportunity().orElseThrow().id();

        assertEquals(LifecycleStage.OPPORTUNITY, crm.lifecycle().find(master).orElseThrow().stage());

        // when: the default policy picks a converted lead, the oldest of the two
        CaptureOutcome.Merged merged = duplicates.merge(List.of(s.third().id(), s.second().lead().id(), s.first().lead().id()),
                MasterPolicy.ofDefaults(), Survivorship.ofDefaults());

        // then: the first conversion is the master; the second lead stays converted, the web lead is retired
        assertEquals(s.first().lead().id(), merged.master().id());
        LeadsMerged event = merged.merge();
        assertEquals(List.of(new MergedLead(s.third().id(), LeadStatus.NEW),
                new MergedLead(s.second().lead().id(), LeadStatus.CONVERTED)), event.merged());
        assertEquals(s.second().lead(), crm.leads().find(s.second().lead().id()).orElseThrow().withVersion(s.second().lead().version()),
                "the second lead keeps its conversion");
        assertEquals(LeadStatus.DISQUALIFIED, crm.leads().find(s.third().id()).orElseThrow().status());

        // every deal of the second conversion is on the master's account, with the master's contact
        assertEquals(List.of(pilot, s.secondWon().id()), event.opportunityIdsMoved());
        assertEquals(List.of(
                        new OpportunityMove(pilot, s.second().lead().id(), benAccount, master,
                                Optional.of(s.second().contact().id()), Optional.of(s.first().contact().id())),
                        new OpportunityMove(s.secondWon().id(), s.second().lead().id(), benAccount, master,
                                Optional.of(s.second().contact().id()), Optional.of(s.first().contact().id()))),
                event.opportunitiesMoved());
        assertEquals(Set.of(s.first().opportunity().orElseThrow().id(), pilot, s.secondWon().id()),
                store.opportunities().findByAccount(master).stream().map(Opportunity::id).collect(Collectors.toSet()));
        assertTrue(store.opportunities().findByAccount(benAccount).isEmpty(), "nothing is left on the second account");
        Opportunity won = store.opportunities().find(s.secondWon().id()).orElseThrow();
        assertEquals(OpportunityStatus.WON, won.status(), "a won deal moves with its outcome");
        assertEquals(s.secondWon().history(), won.history());
        assertEquals(Optional.of(s.first().contact().id()), won.primaryContact());
        assertEquals(2, store.publishedEvents(OpportunityMoved.class).size());
        assertEquals(LifecycleStage.CUSTOMER, crm.lifecycle().find(master).orElseThrow().stage(),
                "the master's account has a won deal now");
        assertEquals(1, event.activitiesMoved().size(), "the call logged on the second lead moved too");
        assertEquals(merged.master().id(), store.activities().find(event.activitiesMoved().get(0)).orElseThrow()
                .links().lead().orElseThrow());
    }

    @Test
    void activitiesLoggedAgainstAMovedDealFollowItAndTheAccountsOwnActivitiesStay() {
        Story s = story();
        AccountId master = s.first().account().id();
        AccountId benAccount = s.second().account().id();
        var delivery = crm.activities().log(ActivityType.MEETING, "Delivery review",
                new Links(Optional.empty(), Optional.of(benAccount), Optional.of(s.second().contact().id()),
                        Optional.of(s.secondWon().id())), ben, Optional.empty(), clock.instant());
        var accountCall = crm.activities().log(ActivityType.CALL, "Yearly account review", Links.toAccount(benAccount),
                ben, Optional.empty(), clock.instant());

        LeadsMerged event = duplicates.mergeInto(s.first().lead().id(), List.of(s.second().lead().id()),
                Survivorship.ofDefaults()).merge();

        Links followed = store.activities().find(delivery.id()).orElseThrow().links();
        assertEquals(new Links(Optional.empty(), Optional.of(master), Optional.of(s.first().contact().id()),
                Optional.of(s.secondWon().id())), followed, "the meeting follows its deal and the deal's new contact");
        assertTrue(event.activitiesMoved().contains(delivery.id()), event.activitiesMoved().toString());
        assertEquals(Links.toAccount(benAccount), store.activities().find(accountCall.id()).orElseThrow().links(),
                "an activity of the account that is not about a moved deal stays");
        assertTrue(!event.activitiesMoved().contains(accountCall.id()));
        assertEquals(event.activitiesMoved().size(), Set.copyOf(event.activitiesMoved()).size(), "each activity listed once");
    }

    @Test
    void theMovesInTheEventAreEnoughToPutEveryDealBack() {
        Story s = story();
        List<Opportunity> before = store.opportunities().findByAccount(s.second().account().id());

        LeadsMerged event = duplicates.mergeInto(s.first().lead().id(), List.of(s.second().lead().id()),
                Survivorship.ofDefaults()).merge();
        List<OpportunityMove> moves = new ArrayList<>(event.opportunitiesMoved());
        Collections.reverse(moves);
        assertEquals(2, moves.size());
        for (OpportunityMove move : moves) {
            Opportunity o = store.opportunities().find(move.opportunity()).orElseThrow();
            store.opportunities().save(o.moveToAccount(move.fromAccount(), move.fromContact(), clock.instant()).aggregate());
        }

        assertEquals(before.stream().map(o -> o.withVersion(0)).toList(),
                store.opportunities().findByAccount(s.second().account().id()).stream().map(o -> o.withVersion(0)).toList());
    }

    @Test
    void aConvertedLeadCannotBeMergedIntoOneThatIsNotAndNothingChanges() {
        Story s = story();
        int events = store.publishedEvents().size();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> duplicates.mergeInto(s.third().id(),
                List.of(s.second().lead().id()), Survivorship.ofDefaults()));

        assertTrue(e.getMessage().contains("make the CONVERTED lead the master"), e.getMessage());
        assertEquals(events, store.publishedEvents().size());
        assertEquals(LeadStatus.NEW, crm.leads().find(s.third().id()).orElseThrow().status());
    }

    @Test
    void aWebFormDuplicateOfTwoConvertedLeadsIsAutoMergedIntoTheOlderOne() {
        // given: both conversions are stored; the web form sends the same buyer again
        Story s = story();
        CapturePolicy policy = CapturePolicy.custom().on(SourceChannel.WEB_FORM, CapturePolicy.Action.AUTO_MERGE).build();

        // when
        CaptureOutcome outcome = duplicates.capture(NewLead.from(SourceChannel.WEB_FORM).person("Jürgen", "Müller")
                .email("j.mueller@rhein-logistics.example").company("Rhein Logistics GmbH").build(), policy);

        // then: a converted lead is the master, the newcomer is retired, converted leads keep their conversions
        CaptureOutcome.Merged merged = assertInstanceOf(CaptureOutcome.Merged.class, outcome);
        assertEquals(s.first().lead().id(), merged.master().id(), "the oldest converted lead");
        for (MergedLead m : merged.merge().merged()) {
            Lead now = crm.leads().find(m.id()).orElseThrow();
            assertEquals(m.statusBefore() == LeadStatus.CONVERTED ? LeadStatus.CONVERTED : LeadStatus.DISQUALIFIED, now.status());
        }
        assertTrue(merged.merge().merged().stream().anyMatch(m -> m.statusBefore() == LeadStatus.NEW), "the newcomer is merged");
    }

    @Test
    void aMergeWhoseSecondDealCannotBeStoredStoresNothing() {
        // given: an opportunity store that fails on the second deal it is asked to store
        Story s = story();
        Opportunities real = store.opportunities();
        int[] saves = {0};
        Opportunities failing = new Opportunities() {
            public Optional<Opportunity> find(OpportunityId id) { return real.find(id); }
            public Opportunity save(Opportunity o) {
                if (++saves[0] == 2) {
                    throw new IllegalStateException("connection lost");
                }
                return real.save(o);
            }
            public List<Opportunity> findByAccount(AccountId account) { return real.findByAccount(account); }
            public List<Opportunity> findByOwner(UserId owner) { return real.findByOwner(owner); }
        };
        CrmPorts p = store.ports(clock);
        Crm broken = Crm.using(new CrmPorts(p.leads(), p.accounts(), p.contacts(), failing, p.pipelines(), p.activities(),
                p.lifecycles(), p.events(), p.transactions(), clock));
        crm.activities().log(ActivityType.NOTE, "Asked for a webinar recording", Links.toLead(s.third().id()), anna,
                Optional.empty(), clock.instant());
        List<Opportunity> before = real.findByAccount(s.second().account().id());
        Lead thirdBefore = crm.leads().find(s.third().id()).orElseThrow();
        int events = store.publishedEvents().size();

        // when
        assertThrows(IllegalStateException.class, () -> broken.duplicates(store.duplicateCandidates())
                .merge(List.of(s.first().lead().id(), s.third().id(), s.second().lead().id()),
                        MasterPolicy.ofDefaults(), Survivorship.ofDefaults()));

        // then: the retired web lead, its moved note and the first deal's move are all rolled back
        assertEquals(2, saves[0], "the first deal was stored before the second failed");
        assertEquals(before, real.findByAccount(s.second().account().id()));
        assertEquals(thirdBefore, crm.leads().find(s.third().id()).orElseThrow());
        assertEquals(1, store.activities().findByLead(s.third().id()).size(), "the note is still on the web lead");
        assertEquals(1, store.activities().findByLead(s.second().lead().id()).size(), "the call is still on the second lead");
        assertEquals(events, store.publishedEvents().size());
    }
}
