package io.crmkit.testkit.scenario;

import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadAssigned;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityReassigned;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountReassigned;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.shared.Money;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.core.usecase.OwnershipService;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.fixture.PipelineFixtures;
import io.crmkit.testkit.memory.InMemoryCrm;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rep leaves: their live work goes to a successor in one transaction, their history stays theirs. */
final class OwnerHandOverScenarioTest {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");
    private final InMemoryCrm store = InMemoryCrm.create();
    private final Crm crm = store.crm(clock);
    private final UserId leaver = UserId.newId();
    private final UserId successor = UserId.newId();

    private Lead lead(String first) {
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person(first, "Example")
                .email(first.toLowerCase() + "@example.com").build());
        return crm.leads().assign(lead.id(), leaver);
    }

    @Test
    void liveLeadsAccountsAndOpenDealsMoveWhileHistoryStays() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead working = lead("Working");
        crm.leads().startWorking(working.id());
        Lead fresh = lead("Fresh");
        Lead dropped = lead("Dropped");
        crm.leads().disqualify(dropped.id(), new Disqualification(DisqualificationReason.NO_BUDGET, "no budget this year"));
        Account account = crm.accounts().open("Leaver's Account", CompanyProfile.empty(), leaver);
        Opportunity open = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Open deal", leaver);
        Opportunity won = crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Won deal", leaver);
        crm.opportunities().setAmount(won.id(), Money.of("1000", "EUR"));
        crm.opportunities().closeWon(won.id(), Optional.of("signed"));
        UserId bystander = UserId.newId();
        Account notTheirs = crm.accounts().open("Someone Else's", CompanyProfile.empty(), bystander);

        OwnershipService.HandOver handOver = crm.ownership().handOver(leaver, successor);

        assertEquals(List.of(working.id(), fresh.id()), handOver.leads());
        assertEquals(List.of(account.id()), handOver.accounts());
        assertEquals(List.of(open.id()), handOver.opportunities());
        assertEquals(Optional.of(successor), crm.leads().find(working.id()).orElseThrow().owner());
        assertEquals(Optional.of(leaver), crm.leads().find(dropped.id()).orElseThrow().owner(), "history keeps its owner");
        assertEquals(leaver, crm.opportunities().find(won.id()).orElseThrow().owner(), "a closed deal keeps its owner");
        assertEquals(successor, crm.opportunities().find(open.id()).orElseThrow().owner());
        assertEquals(bystander, crm.accounts().find(notTheirs.id()).orElseThrow().owner());
        assertEquals(1, store.publishedEvents(OpportunityReassigned.class).size());
        assertEquals(1, store.publishedEvents(AccountReassigned.class).size());
        assertEquals(2, store.publishedEvents(LeadAssigned.class).stream().filter(e -> e.to().equals(successor)).count());
        assertEquals(new OwnershipService.HandOver(List.of(), List.of(), List.of()), crm.ownership().handOver(leaver, successor),
                "nothing is left to hand over");
        assertThrows(IllegalArgumentException.class, () -> crm.ownership().handOver(successor, successor));
    }

    @Test
    void aHandOverThatFailsHalfWayMovesNothing() {
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead one = lead("One");
        Account account = crm.accounts().open("Leaver's Account", CompanyProfile.empty(), leaver);
        crm.opportunities().open(account.id(), PipelineFixtures.DIRECT_SALES, "Deal", leaver);
        CrmPorts p = store.ports(clock);
        Opportunities full = new Opportunities() { // the last save of the hand-over fails
            @Override
            public Optional<Opportunity> find(OpportunityId id) {
                return p.opportunities().find(id);
            }

            @Override
            public Opportunity save(Opportunity opportunity) {
                throw new IllegalStateException("disk full");
            }

            @Override
            public List<Opportunity> findByAccount(AccountId id) {
                return p.opportunities().findByAccount(id);
            }

            @Override
            public List<Opportunity> findByOwner(UserId owner) {
                return p.opportunities().findByOwner(owner);
            }
        };
        Crm failing = Crm.using(new CrmPorts(p.leads(), p.accounts(), p.contacts(), full, p.pipelines(), p.activities(),
                p.lifecycles(), p.events(), p.transactions(), clock));
        int events = store.publishedEvents().size();

        IllegalStateException e = assertThrows(IllegalStateException.class, () -> failing.ownership().handOver(leaver, successor));

        assertEquals("disk full", e.getMessage());
        assertEquals(Optional.of(leaver), crm.leads().find(one.id()).orElseThrow().owner(), "the lead's move was undone");
        assertEquals(leaver, crm.accounts().find(account.id()).orElseThrow().owner(), "the account's move was undone");
        assertEquals(events, store.publishedEvents().size(), "no event of the failed hand-over was published");
    }

    @Test
    void aLeaversAccountsGoToThePoolAndTheirHeldCustomersAreGivenBack() {
        PoolService pool = crm.pool(store.pooledAccounts(), PoolRules.builder("east", 15).build());
        Account unpooled = crm.accounts().open("Never Pooled", CompanyProfile.empty(), leaver);
        Account held = crm.accounts().open("Held", CompanyProfile.empty(), UserId.newId());
        pool.enter(held.id());
        pool.claim(held.id(), leaver); // the account's owner becomes the leaver

        List<PooledAccount> taken = pool.takeOverAccountsOf(leaver, "left the company");

        assertEquals(2, taken.size());
        assertTrue(taken.stream().allMatch(PooledAccount::inPool));
        assertTrue(pool.find(unpooled.id()).orElseThrow().inPool());
        assertEquals("left the company", pool.find(held.id()).orElseThrow().lastRelease().orElseThrow().reason());
    }
}
