package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.party.Contact;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import io.crmkit.testkit.arbitrary.CrmArbitraries;
import io.crmkit.testkit.fixture.PipelineFixtures;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.time.Instant;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Any aggregate the domain can produce is found again equal after a save: the mappers lose nothing. */
final class StoredAggregatesProperties {

    private static final CrmPorts PORTS = TestDatabase.h2().store.ports(MutableClock.at("2026-03-02T09:00:00Z"));

    @Property(tries = 60)
    void anyLeadComesBackEqual(@ForAll("leads") Lead lead) {
        Lead saved = PORTS.leads().save(lead);
        assertEquals(Optional.of(saved), PORTS.leads().find(lead.id()));
        assertEquals(Optional.of(PORTS.leads().save(saved)), PORTS.leads().find(lead.id()));
    }

    @Property(tries = 40)
    void anyAccountComesBackEqual(@ForAll("accounts") Account account) {
        Account saved = PORTS.accounts().save(account);
        assertEquals(Optional.of(saved), PORTS.accounts().find(account.id()));
    }

    @Property(tries = 40)
    void anyContactComesBackEqual(@ForAll("contacts") Contact contact) {
        contact.accounts().forEach(StoredAggregatesProperties::storeAccount);
        Contact saved = PORTS.contacts().save(contact);
        assertEquals(Optional.of(saved), PORTS.contacts().find(contact.id()));
    }

    @Property(tries = 60)
    void anyOpportunityComesBackEqual(@ForAll("opportunities") Opportunity opportunity) {
        storeAccount(opportunity.account());
        Opportunity saved = PORTS.opportunities().save(opportunity);
        assertEquals(Optional.of(saved), PORTS.opportunities().find(opportunity.id()));
    }

    @Property(tries = 40)
    void anyActivityComesBackEqual(@ForAll("activities") Activity activity) {
        Activity saved = PORTS.activities().save(activity);
        assertEquals(Optional.of(saved), PORTS.activities().find(activity.id()));
    }

    @Property(tries = 40)
    void anyLifecycleComesBackEqual(@ForAll("lifecycles") CustomerLifecycle lifecycle) {
        storeAccount(lifecycle.id());
        CustomerLifecycle saved = PORTS.lifecycles().save(lifecycle);
        assertEquals(Optional.of(saved), PORTS.lifecycles().find(lifecycle.id()));
    }

    private static void storeAccount(AccountId id) {
        if (PORTS.accounts().find(id).isEmpty()) {
            PORTS.accounts().save(Account.open(id, "Referenced", CompanyProfile.empty(), UserId.newId(),
                    Instant.parse("2026-01-01T00:00:00Z")).aggregate());
        }
    }

    @Provide
    Arbitrary<Lead> leads() {
        return CrmArbitraries.leads();
    }

    @Provide
    Arbitrary<Account> accounts() {
        return CrmArbitraries.accounts();
    }

    @Provide
    Arbitrary<Contact> contacts() {
        return CrmArbitraries.contacts();
    }

    @Provide
    Arbitrary<Opportunity> opportunities() {
        return CrmArbitraries.opportunities(PipelineFixtures.directSales());
    }

    @Provide
    Arbitrary<Activity> activities() {
        return CrmArbitraries.activities();
    }

    @Provide
    Arbitrary<CustomerLifecycle> lifecycles() {
        return CrmArbitraries.lifecycles();
    }
}
