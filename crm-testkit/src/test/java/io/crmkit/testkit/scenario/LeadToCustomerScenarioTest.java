package io.crmkit.testkit.scenario;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Agenda;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadConversion;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.QualificationOutcome;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.QualificationPolicy;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.InactivityPolicy;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.Standing;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.OpportunityWon;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.LeadFixtures;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A whole sales story across leads, accounts, opportunities, activities and the lifecycle. */
final class LeadToCustomerScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final UserId rep = UserId.newId();
    private final QualificationPolicy bant = QualificationPolicies.bant(Money.of("25000", "EUR"), Period.ofMonths(6));

    @Test
    void leadFromAReferralBecomesAWinningCustomerWithItsWholeHistory() {
        // given: a pipeline, and leads from three channels
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead webLead = crm.leads().capture(LeadFixtures.builder(SourceChannel.WEB_FORM).owner(rep).build());
        Lead eventLead = crm.leads().capture(LeadFixtures.builder(SourceChannel.EVENT).owner(rep).build());
        Lead referral = crm.leads().capture(LeadFixtures.bantQualifiedLead(LocalDate.of(2026, 3, 2)));

        // when: the web lead has no BANT and is disqualified; the event lead is nurtured
        clock.advance(Duration.ofHours(2));
        QualificationOutcome web = crm.leads().qualify(webLead.id(), bant);
        crm.leads().nurture(eventLead.id());

        // then
        QualificationOutcome.Disqualified rejected = assertInstanceOf(QualificationOutcome.Disqualified.class, web);
        assertEquals(List.of(DisqualificationReason.NO_BUDGET, DisqualificationReason.NO_AUTHORITY,
                        DisqualificationReason.NO_NEED, DisqualificationReason.BAD_TIMING),
                rejected.reasons().stream().map(r -> r.reason()).toList());
        assertEquals(LeadStatus.DISQUALIFIED, crm.leads().find(webLead.id()).orElseThrow().status());
        assertEquals(LeadStatus.NURTURING, crm.leads().find(eventLead.id()).orElseThrow().status());

        // when: the referral qualifies and converts with an opportunity
        crm.leads().startWorking(referral.id());
        assertInstanceOf(QualificationOutcome.Qualified.class, crm.leads().qualify(referral.id(), bant));
        clock.advance(Duration.ofDays(1));
        LeadConversion conversion = crm.leads().convert(referral.id(), ConversionRequest.newAccount(rep)
                .withOpportunity(ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "40 seats")));

        // then: account, contact (with the lead's decision role) and opportunity exist and point at each other
        Account account = conversion.account();
        Opportunity opportunity = conversion.opportunity().orElseThrow();
        assertEquals(referral.company().orElseThrow(), account.name());
        assertEquals(Optional.of(DecisionRole.DECISION_MAKER), conversion.contact().decisionRole());
        assertEquals(Optional.of(conversion.contact().id()), opportunity.primaryContact());
        assertEquals(LeadStatus.CONVERTED, crm.leads().find(referral.id()).orElseThrow().status());
        assertEquals(LifecycleStage.OPPORTUNITY, crm.lifecycle().find(account.id()).orElseThrow().stage());

        // when: work happens and the deal progresses; proposal is refused without an amount
        clock.advance(Duration.ofDays(2));
        crm.activities().log(ActivityType.CALL, "Discovery call", Links.toOpportunity(account.id(), opportunity.id()),
                rep, Optional.of("Needs mobile access"), clock.instant().minus(Duration.ofHours(1)));
        crm.activities().schedule(ActivityType.MEETING, "Demo for the sales managers",
                Links.toOpportunity(account.id(), opportunity.id()), rep, clock.instant().plus(Duration.ofDays(3)));
        assertInstanceOf(StageMove.Moved.class, crm.opportunities().moveTo(opportunity.id(), "discovery"));
        StageMove refused = crm.opportunities().moveTo(opportunity.id(), "proposal");

        // then
        assertEquals(List.of("an amount greater than zero is required"),
                assertInstanceOf(StageMove.Refused.class, refused).reasons());
        assertEquals("discovery", crm.opportunities().find(opportunity.id()).orElseThrow().stage());

        // when: amount and date are set, the deal moves on and is won
        crm.opportunities().setAmount(opportunity.id(), Money.of("48000.00", "EUR"));
        clock.advance(Duration.ofDays(5));
        assertInstanceOf(StageMove.Moved.class, crm.opportunities().moveTo(opportunity.id(), "proposal"));
        crm.opportunities().setExpectedClose(opportunity.id(), LocalDate.of(2026, 4, 30));
        clock.advance(Duration.ofDays(7));
        assertInstanceOf(StageMove.Moved.class, crm.opportunities().moveTo(opportunity.id(), "negotiation"));
        clock.advance(Duration.ofDays(10));
        StageMove won = crm.opportunities().closeWon(opportunity.id(), Optional.of("Best mobile experience"));

        // then: a customer with the right lifecycle, history and events
        Opportunity closed = assertInstanceOf(StageMove.Moved.class, won).opportunity();
        assertEquals(OpportunityStatus.WON, closed.status());
        assertEquals(List.of("qualify", "discovery", "proposal", "negotiation", "won"),
                closed.history().stream().map(StageChange::to).toList());
        assertTrue(crm.opportunities().find(opportunity.id()).orElseThrow().version() > opportunity.version());
        assertTrue(store.accounts().find(account.id()).orElseThrow().is(AccountRole.CUSTOMER));
        assertEquals(1, store.publishedEvents(OpportunityWon.class).size());

        CustomerLifecycle lifecycle = crm.lifecycle().find(account.id()).orElseThrow();
        assertEquals(LifecycleStage.CUSTOMER, lifecycle.stage());
        assertEquals(List.of(LifecycleStage.LEAD, LifecycleStage.SALES_QUALIFIED, LifecycleStage.OPPORTUNITY,
                LifecycleStage.CUSTOMER), lifecycle.history().stream().map(LifecycleChange::to).toList());
        assertEquals(Standing.ACTIVE, crm.lifecycle().standing(account.id(), InactivityPolicy.ofDefaults()));

        Timeline timeline = crm.timeline().of(account.id());
        List<TimelineEntry> entries = timeline.entries();
        for (int i = 1; i < entries.size(); i++) {
            assertTrue(!entries.get(i).at().isBefore(entries.get(i - 1).at()), "timeline is in time order");
        }
        assertTrue(entries.stream().anyMatch(e -> e.summary().equals("Call done: Discovery call - Needs mobile access")));
        assertTrue(entries.stream().anyMatch(e -> e.summary().equals("Meeting due: Demo for the sales managers")));
        assertTrue(entries.stream().anyMatch(e -> e.summary().equals("Opportunity '40 seats' won: Best mobile experience")));
        assertTrue(entries.get(entries.size() - 1).summary().startsWith("Lifecycle Opportunity -> Customer"),
                "becoming a customer is the latest entry but was " + entries.get(entries.size() - 1));

        Agenda agenda = crm.activities().agenda(rep, Duration.ofDays(1));
        assertEquals(1, agenda.overdue().size(), "the demo meeting was due 3 days after scheduling, 22 days ago");
    }

    @Test
    void accountsGoDormantAndCustomersChurnWithoutActivity() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead lead = crm.leads().capture(LeadFixtures.bantQualifiedLead(LocalDate.of(2026, 3, 2)));
        crm.leads().qualify(lead.id(), bant);
        LeadConversion c = crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep)
                .withOpportunity(ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "Pilot")
                        .withAmount(Money.of("9000", "EUR"))));
        crm.opportunities().closeWon(c.opportunity().orElseThrow().id(), Optional.empty());
        InactivityPolicy policy = new InactivityPolicy(Duration.ofDays(60), Duration.ofDays(180));

        clock.advance(Duration.ofDays(59));
        assertEquals(Standing.ACTIVE, crm.lifecycle().standing(c.account().id(), policy));
        clock.advance(Duration.ofDays(1));
        assertEquals(Standing.DORMANT, crm.lifecycle().standing(c.account().id(), policy));
        clock.advance(Duration.ofDays(120));
        assertEquals(Standing.CHURNED, crm.lifecycle().standing(c.account().id(), policy));

        crm.activities().log(ActivityType.VISIT, "Quarterly business review", Links.toAccount(c.account().id()), rep,
                Optional.empty(), clock.instant());
        assertEquals(Standing.ACTIVE, crm.lifecycle().standing(c.account().id(), policy));
    }
}
