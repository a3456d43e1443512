package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Bant;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.QualificationPolicies;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityOpened;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountOpened;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.port.DomainEvents;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.ConversionRequest;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction that fails half-way, because the database refuses a row or because the use case throws, leaves
 * nothing behind: no row of it and no event in the outbox. Run on H2 and on PostgreSQL.
 */
abstract class AtomicityChecks {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final UserId rep = UserId.newId();

    abstract TestDatabase db();

    @Test
    void anOpportunityOfAnUnknownAccountIsRefusedWithAClearErrorAndNothingOfItsTransactionIsKept() {
        CrmPorts ports = db().store.ports(clock);
        ports.pipelines().save(PipelineFixtures.directSales());
        Account account = Account.open(AccountId.newId(), "Half Written Ltd", CompanyProfile.empty(), rep, clock.instant())
                .aggregate();
        Opportunity orphan = Opportunity.open(OpportunityId.newId(), PipelineFixtures.directSales(), "Orphan",
                AccountId.newId(), rep, clock.instant()).aggregate();
        long outboxBefore = db().count("select count(*) from crm_outbox");

        StoreConstraintException refused = assertThrows(StoreConstraintException.class,
                () -> ports.transactions().inTransaction(() -> {
                    ports.accounts().save(account);
                    ports.events().publish(List.of(new AccountOpened(account.id(), account.name(), rep, clock.instant())));
                    return ports.opportunities().save(orphan);
                }));

        assertEquals("crm_opportunity_account_fk", refused.constraint());
        assertTrue(refused.getMessage().startsWith("an opportunity refers to an account that is not stored"), refused.getMessage());
        assertEquals(Optional.empty(), ports.accounts().find(account.id()));
        assertEquals(Optional.empty(), ports.opportunities().find(orphan.id()));
        assertEquals(outboxBefore, db().count("select count(*) from crm_outbox"));
        assertEquals(0, db().count("select count(*) from crm_account where id = '" + account.id() + "'"));
    }

    @Test
    void aConversionThatFailsAfterItsFirstWritesKeepsTheLeadAsItWasAndNoEvent() {
        // given: a qualified lead, and event delivery that fails once the opportunity is opened
        CrmPorts stored = db().store.ports(clock);
        DomainEvents failing = events -> {
            stored.events().publish(events);
            if (events.stream().anyMatch(OpportunityOpened.class::isInstance)) {
                throw new IllegalStateException("event bus refused OpportunityOpened");
            }
        };
        CrmPorts ports = new CrmPorts(stored.leads(), stored.accounts(), stored.contacts(), stored.opportunities(),
                stored.pipelines(), stored.activities(), stored.lifecycles(), failing, stored.transactions(), clock);
        Crm crm = Crm.using(ports);
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.REFERRAL).person("Grace", "Hopper")
                .email("grace." + System.nanoTime() + "@cobol.example").company("Cobol Systems Inc")
                .bant(Bant.unknown().withBudget(Money.of("60000.00", "EUR")).withAuthority(DecisionRole.DECISION_MAKER)
                        .withNeed("Compilers").withTimeline(LocalDate.of(2026, 5, 1))).build());
        crm.leads().qualify(lead.id(), QualificationPolicies.bant(Money.of("25000", "EUR"), Period.ofMonths(6)));
        Lead qualified = crm.leads().find(lead.id()).orElseThrow();
        long outboxBefore = db().count("select count(*) from crm_outbox");
        long accountsBefore = db().count("select count(*) from crm_account");
        long contactsBefore = db().count("select count(*) from crm_contact");

        // when
        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> crm.leads().convert(lead.id(),
                ConversionRequest.newAccount(rep).withOpportunity(
                        ConversionRequest.OpportunityRequest.of(PipelineFixtures.DIRECT_SALES, "Compiler licences"))));

        // then: the lead is as it was, and no account, contact, opportunity or event of the conversion exists
        assertEquals("event bus refused OpportunityOpened", failure.getMessage());
        assertEquals(Optional.of(qualified), crm.leads().find(lead.id()));
        assertEquals(LeadStatus.QUALIFIED, qualified.status());
        assertEquals(outboxBefore, db().count("select count(*) from crm_outbox"));
        assertEquals(accountsBefore, db().count("select count(*) from crm_account"));
        assertEquals(contactsBefore, db().count("select count(*) from crm_contact"));
    }
}
