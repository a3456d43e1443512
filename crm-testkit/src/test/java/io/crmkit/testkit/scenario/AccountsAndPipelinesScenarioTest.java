package io.crmkit.testkit.scenario;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountOpened;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PersonName;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Accounts and contacts managed directly, pipeline replacement, and the timeline of a deal lost and reopened. */
final class AccountsAndPipelinesScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final UserId rep = UserId.newId();

    @Test
    void anAccountOpenedDirectlyStartsItsLifecycleAndKeepsItsHierarchyAcyclic() {
        Account group = crm.accounts().open("Umbrella Group", CompanyProfile.empty().withIndustry("Pharma"), rep);
        Account subsidiary = crm.accounts().open("Umbrella Labs", CompanyProfile.empty(), rep);

        crm.accounts().setParent(subsidiary.id(), group.id());
        crm.accounts().setTier(group.id(), Tier.PLATINUM);

        assertEquals(LifecycleStage.LEAD, crm.lifecycle().find(group.id()).orElseThrow().stage());
        assertEquals(2, store.publishedEvents(AccountOpened.class).size());
        assertEquals(Optional.of(group.id()), crm.accounts().find(subsidiary.id()).orElseThrow().parent());
        assertEquals(Tier.PLATINUM, crm.accounts().find(group.id()).orElseThrow().tier());
        IllegalArgumentException cycle = assertThrows(IllegalArgumentException.class,
                () -> crm.accounts().setParent(group.id(), subsidiary.id()));
        assertTrue(cycle.getMessage().contains("its own ancestor"), cycle.getMessage());
        assertEquals(Optional.empty(), crm.accounts().find(group.id()).orElseThrow().parent());
    }

    @Test
    void contactsBelongToExistingAccountsAndActivitiesMustLinkConsistently() {
        Account acme = crm.accounts().open("Acme", CompanyProfile.empty(), rep);
        Account globex = crm.accounts().open("Globex", CompanyProfile.empty(), rep);
        Contact wile = crm.contacts().create(acme.id(), PersonName.of("Wile E.", "Coyote"),
                Optional.of(EmailAddress.of("wile@acme.example")), Optional.empty(), Optional.of("Engineer"), rep);
        crm.contacts().setDecisionRole(wile.id(), DecisionRole.CHAMPION);

        assertThrows(NoSuchElementException.class, () -> crm.contacts().create(io.crmkit.core.party.AccountId.newId(),
                PersonName.of("No", "Body"), Optional.empty(), Optional.empty(), Optional.empty(), rep));
        IllegalArgumentException mismatch = assertThrows(IllegalArgumentException.class, () -> crm.activities().log(
                ActivityType.CALL, "Wrong account", Links.toAccount(globex.id()).withContact(wile.id()), rep,
                Optional.empty(), clock.instant()));
        assertEquals("links.contact " + wile.id() + " does not work for links.account " + globex.id(), mismatch.getMessage());

        crm.contacts().joinAccount(wile.id(), globex.id());
        crm.activities().log(ActivityType.CALL, "Intro for Globex", Links.toAccount(globex.id()).withContact(wile.id()), rep,
                Optional.empty(), clock.instant());
        assertEquals(Optional.of(DecisionRole.CHAMPION), crm.contacts().find(wile.id()).orElseThrow().decisionRole());
        assertEquals(1, store.activities().findByAccount(globex.id()).size());
    }

    @Test
    void aReplacedPipelineMayGrowButNotLoseStages() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Pipeline withoutDiscovery = Pipeline.builder(PipelineFixtures.DIRECT_SALES, "Direct sales")
                .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
                .open("proposal", "Proposal", 0.50, ForecastCategory.BEST_CASE)
                .open("negotiation", "Negotiation", 0.75, ForecastCategory.COMMIT)
                .won("won", "Closed won")
                .lost("lost", "Closed lost")
                .build();

        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class,
                () -> crm.opportunities().definePipeline(withoutDiscovery));

        assertEquals(List.of("stages: stage 'discovery' cannot be removed: opportunities may be in it"), e.problems());
        assertEquals(PipelineFixtures.directSales(), store.pipelines().find(PipelineFixtures.DIRECT_SALES).orElseThrow());
    }

    @Test
    void theTimelineTellsALostDealFromAReopenedOne() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Account acme = crm.accounts().open("Acme", CompanyProfile.empty(), rep);
        Opportunity deal = crm.opportunities().open(acme.id(), PipelineFixtures.DIRECT_SALES, "Rockets", rep);
        crm.opportunities().setAmount(deal.id(), Money.of("5000", "EUR"));
        clock.advance(Duration.ofDays(1));
        crm.opportunities().closeLost(deal.id(), "Went with a cheaper supplier", Optional.of("Globex"));
        clock.advance(Duration.ofDays(10));
        assertInstanceOf(StageMove.Moved.class, crm.opportunities().reopen(deal.id()));
        clock.advance(Duration.ofDays(5));
        crm.opportunities().closeWon(deal.id(), Optional.of("Matched the price"));

        List<String> summaries = crm.timeline().of(acme.id()).entries().stream()
                .filter(e -> e.kind().equals("opportunity")).map(TimelineEntry::summary).toList();

        assertEquals(List.of("Opportunity 'Rockets' opened in qualify", "Opportunity 'Rockets' lost",
                "Opportunity 'Rockets' reopened into qualify", "Opportunity 'Rockets' won: Matched the price"), summaries);
    }

    @Test
    void activitiesOnALeadFollowItIntoTheAccountItIsConvertedInto() {
        io.crmkit.core.lead.Lead lead = crm.leads().capture(io.crmkit.testkit.fixture.LeadFixtures.anyNewLead());
        crm.activities().log(ActivityType.CALL, "First call", Links.toLead(lead.id()), rep, Optional.of("Interested"),
                clock.instant());
        clock.advance(Duration.ofDays(1));
        crm.leads().qualify(lead.id(), io.crmkit.core.lead.QualificationPolicies.none());

        var conversion = crm.leads().convert(lead.id(), io.crmkit.core.usecase.ConversionRequest.newAccount(rep));

        assertEquals(1, store.activities().findByAccount(conversion.account().id()).size());
        Links links = store.activities().findByAccount(conversion.account().id()).get(0).links();
        assertEquals(Optional.of(lead.id()), links.lead(), "still linked to the lead");
        assertEquals(Optional.of(conversion.contact().id()), links.contact());
        assertTrue(crm.timeline().of(conversion.account().id()).entries().stream()
                .anyMatch(e -> e.summary().equals("Call done: First call - Interested")));
        assertEquals(1, store.publishedEvents(io.crmkit.core.activity.ActivityRelinked.class).size());
    }
}
