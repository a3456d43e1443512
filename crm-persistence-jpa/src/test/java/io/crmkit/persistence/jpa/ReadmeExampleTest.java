package io.crmkit.persistence.jpa;

import io.crmkit.core.dedupe.CaptureOutcome;
import io.crmkit.core.dedupe.CapturePolicy;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.pool.ClaimResult;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.DuplicateService;
import io.crmkit.core.usecase.PoolService;
import io.crmkit.testkit.fixture.PipelineFixtures;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's example of crm-persistence-jpa, as written there but on an in-memory H2 database. */
final class ReadmeExampleTest {

    /** Stands in for the README's message broker. */
    private record Broker(List<String> keys) {
        void send(String key, String payload) {
            keys.add(key);
        }
    }

    @Test
    void readmeExampleStoresTheLeadAndRelaysItsEvent() {
        DataSource dataSource = new UrlDataSource("jdbc:h2:mem:crmkit-readme;DB_CLOSE_DELAY=-1", "sa", "");
        Broker broker = new Broker(new ArrayList<>());

        // --- the README's example (H2 instead of POSTGRESQL) ---
        Flyway.configure().dataSource(dataSource).locations(CrmSchema.migrations(CrmSchema.Database.H2))
                .table(CrmSchema.HISTORY_TABLE).baselineOnMigrate(true).baselineVersion("0").load().migrate();
        EntityManagerFactory emf = JpaCrmPorts.entityManagerFactory(dataSource, Map.of("hibernate.jdbc.batch_size", "50"));
        JpaCrmPorts store = JpaCrmPorts.using(emf);
        Crm crm = Crm.using(store.ports(Clock.systemUTC()));
        crm.opportunities().definePipeline(PipelineFixtures.directSales());
        Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
                .email("ada@analytical.example").build());
        OutboxRelay relay = store.relay(message -> broker.send(message.dedupeKey(), message.payload()), Clock.systemUTC());
        relay.relayAll(100);
        // --- end of the example ---

        Lead stored = JpaCrmPorts.using(emf).leads().find(lead.id()).orElseThrow();
        assertEquals(lead.email(), stored.email());
        assertEquals(1, stored.version());
        long nanosOff = Math.abs(java.time.Duration.between(lead.capturedAt(), stored.capturedAt()).toNanos());
        assertEquals(true, nanosOff < 1000, "instants are stored to the microsecond, off by " + nanosOff + " ns");
        assertEquals(1, broker.keys().size(), "LeadCaptured was relayed once");
        assertEquals(0, relay.pending());
        emf.close();
    }

    @Test
    void readmeImportPoolAndDuplicateExampleRuns() {
        TestDatabase db = TestDatabase.freshH2();
        JpaCrmPorts store = db.store;
        Clock clock = Clock.systemUTC();
        Crm crm = Crm.using(store.ports(clock));
        Instant now = clock.instant();
        List<Lead> leads = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            leads.add(Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.IMPORT).person("Imported", "No " + i)
                    .email("imported." + i + "@fair.example").build(), now).aggregate());
        }
        UserId alice = UserId.newId();
        AccountId customerId = crm.accounts().open("Pooled Ltd", CompanyProfile.empty(), UserId.newId()).id();
        CapturePolicy policy = CapturePolicy.ofDefaults();

        // --- the README's example ---
        // an import: the leads and their LeadCaptured events in one transaction, the leads as JDBC batch inserts
        List<Lead> saved = store.transactions().inTransaction(() -> {
            List<Lead> stored = store.leads().saveAll(leads);
            store.events().publish(stored.stream().map(l -> new LeadCaptured(l.id(), l.source(), l.owner(), now)).toList());
            return stored;
        });
        // the public pool: of two reps claiming one customer at once, one gets it
        PoolService pool = crm.pool(store.pooledAccounts(), PoolRules.builder("east region", 15).build());
        pool.enter(customerId);
        ClaimResult claim = pool.claim(customerId, alice);
        // duplicate checks at capture: leads are indexed by the policy's blocking keys as they are saved
        JpaCrmPorts indexed = store.withDuplicateIndex(policy.matcher());
        DuplicateService duplicates = Crm.using(indexed.ports(clock)).duplicates(indexed.duplicateCandidates());
        CaptureOutcome outcome = duplicates.capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
                .email("ada@analytical.example").build(), policy);
        // --- end of the example ---

        assertEquals(2_000, saved.size());
        assertEquals(2_001, db.count("select count(*) from crm_lead"));
        assertEquals(2_001, db.count("select count(*) from crm_outbox where event_type = '" + LeadCaptured.class.getName() + "'"),
                "the 2,000 imported leads' events and Ada's");
        assertTrue(claim instanceof ClaimResult.Claimed, claim.toString());
        assertTrue(outcome instanceof CaptureOutcome.Captured, outcome.toString());
        CaptureOutcome again = duplicates.capture(NewLead.from(SourceChannel.IMPORT).person("Ada", "Lovelace")
                .email("Ada@Analytical.example").build(), CapturePolicy.custom().matcher(policy.matcher())
                .on(SourceChannel.IMPORT, CapturePolicy.Action.BLOCK).build());
        assertTrue(again instanceof CaptureOutcome.Blocked, again.toString());
    }
}
