package io.crmkit.persistence.jpa;

import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.usecase.Crm;
import io.crmkit.testkit.fixture.PipelineFixtures;
import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
