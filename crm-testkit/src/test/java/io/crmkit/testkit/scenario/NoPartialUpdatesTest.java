package io.crmkit.testkit.scenario;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountRole;
import io.crmkit.core.port.CustomerLifecycles;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.IllegalTransitionException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.LeadFixtures;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A use case that fails half-way leaves every store and the event log exactly as they were. */
final class NoPartialUpdatesTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final UserId rep = UserId.newId();

    private Lead qualifiedLead(Crm crm) {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead lead = crm.leads().capture(LeadFixtures.bantQualifiedLead(LocalDate.of(2026, 3, 2)));
        crm.leads().qualify(lead.id(), QualificationPolicies.none());
        return lead;
    }

    private static ConversionRequest withOpportunity() {
        return ConversionRequest.newAccount(UserId.newId())
                .withOpportunity(ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "Rollout"));
    }

    @Test
    void conversionThatFailsOnItsLastSaveStoresNoAccountContactOrEvent() {
        // given: an opportunity store that breaks
        Opportunities broken = new Opportunities() {
            @Override
            public Optional<Opportunity> find(OpportunityId id) {
                return Optional.empty();
            }

            @Override
            public Opportunity save(Opportunity opportunity) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public List<Opportunity> findByAccount(AccountId account) {
                return List.of();
            }

            @Override
            public List<Opportunity> findByOwner(UserId owner) {
                return List.of();
            }
        };
        CrmPorts p = store.ports(clock);
        Crm crm = Crm.using(new CrmPorts(p.leads(), p.accounts(), p.contacts(), broken, p.pipelines(), p.activities(),
                p.lifecycles(), p.events(), p.transactions(), clock));
        Lead lead = qualifiedLead(crm);
        Map<String, Integer> before = store.counts();
        Lead qualified = store.leads().find(lead.id()).orElseThrow();

        // when
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> crm.leads().convert(lead.id(), withOpportunity()));

        // then
        assertEquals("disk full", failure.getMessage());
        assertEquals(before, store.counts());
        assertEquals(qualified, store.leads().find(lead.id()).orElseThrow());
    }

    @Test
    void convertingALeadThatIsNotQualifiedChangesNothing() {
        Crm crm = store.crm(clock);
        Lead lead = crm.leads().capture(LeadFixtures.anyNewLead());
        Map<String, Integer> before = store.counts();

        IllegalTransitionException e = assertThrows(IllegalTransitionException.class,
                () -> crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep)));

        assertEquals(LeadStatus.NEW, e.from());
        assertEquals(LeadStatus.CONVERTED, e.to());
        assertEquals(before, store.counts());
        assertEquals(lead, store.leads().find(lead.id()).orElseThrow());
    }

    @Test
    void winThatFailsToUpdateTheLifecycleLeavesTheDealOpenAndTheAccountAProspect() {
        // given: a lifecycle store that fails only when a customer is recorded
        CrmPorts p = store.ports(clock);
        CustomerLifecycles failingOnCustomer = new CustomerLifecycles() {
            @Override
            public Optional<CustomerLifecycle> find(AccountId account) {
                return p.lifecycles().find(account);
            }

            @Override
            public CustomerLifecycle save(CustomerLifecycle lifecycle) {
                if (lifecycle.stage().name().equals("CUSTOMER")) {
                    throw new IllegalStateException("lifecycle store unavailable");
                }
                return p.lifecycles().save(lifecycle);
            }
        };
        Crm crm = Crm.using(new CrmPorts(p.leads(), p.accounts(), p.contacts(), p.opportunities(), p.pipelines(),
                p.activities(), failingOnCustomer, p.events(), p.transactions(), clock));
        Lead lead = qualifiedLead(crm);
        var conversion = crm.leads().convert(lead.id(), ConversionRequest.newAccount(rep).withOpportunity(
                ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "Rollout").withAmount(Money.of("1000", "EUR"))));
        OpportunityId deal = conversion.opportunity().orElseThrow().id();
        Map<String, Integer> before = store.counts();

        // when
        assertThrows(IllegalStateException.class, () -> crm.opportunities().closeWon(deal, Optional.empty()));

        // then
        assertEquals(before, store.counts());
        assertEquals(OpportunityStatus.OPEN, store.opportunities().find(deal).orElseThrow().status());
        assertFalse(store.accounts().find(conversion.account().id()).orElseThrow().is(AccountRole.CUSTOMER));
        assertEquals(conversion.opportunity().orElseThrow(), store.opportunities().find(deal).orElseThrow());
    }

    @Test
    void savingAStaleCopyIsAConflictAndKeepsTheNewerState() {
        Crm crm = store.crm(clock);
        Lead captured = crm.leads().capture(LeadFixtures.anyNewLead());
        Lead working = crm.leads().startWorking(captured.id());

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                () -> store.leads().save(captured.nurture(clock.instant()).aggregate()));

        assertEquals(1, conflict.expectedVersion());
        assertEquals(2, conflict.actualVersion());
        assertEquals(working, store.leads().find(captured.id()).orElseThrow());
    }

    @Test
    void capturingTheSameImportedIdTwiceIsAConflictAndKeepsTheFirst() {
        Crm crm = store.crm(clock);
        io.crmkit.core.lead.LeadId imported = io.crmkit.core.lead.LeadId.newId();
        Lead first = crm.leads().capture(imported, LeadFixtures.anyNewLead());

        assertThrows(ConcurrentUpdateException.class, () -> crm.leads().capture(imported, LeadFixtures.anyNewLead()));

        assertEquals(first, store.leads().find(imported).orElseThrow());
        assertEquals(1, store.counts().get("leads"));
    }
}
