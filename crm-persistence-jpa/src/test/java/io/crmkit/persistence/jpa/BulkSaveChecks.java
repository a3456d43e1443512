package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.activity.Links;
import io.crmkit.core.lead.Disqualification;
import io.crmkit.core.lead.DisqualificationReason;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadCaptured;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.NewLead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.MutableClock;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bulk path of {@code saveAll}: JDBC batches on the transaction's own connection, written from the entities'
 * mapping. Run on H2 and on PostgreSQL.
 */
abstract class BulkSaveChecks {

    private final MutableClock clock = MutableClock.at("2026-03-02T09:00:00Z");

    abstract TestDatabase db();

    @Test
    void theTestedProviderHandsOutTheConnectionOfItsTransactionSoTheBulkPathIsTaken() {
        EntityManager em = db().factory.createEntityManager();
        try {
            em.getTransaction().begin();
            Optional<Boolean> autoCommit = JdbcWork.call(em, Connection::getAutoCommit);
            em.getTransaction().rollback();

            assertEquals(Optional.of(false), autoCommit, "the work ran on the transaction's connection");
        } finally {
            em.close();
        }
    }

    @Test
    void bulkInsertsWriteEveryColumnOfTheirTablesAsTheMigrationsDefineThem() throws SQLException {
        assertEquals(tableColumns("crm_lead"), insertedColumns(RowInserts.of(LeadRow.class).sql()));
        assertEquals(tableColumns("crm_activity"), insertedColumns(RowInserts.of(ActivityRow.class).sql()));
        assertEquals(tableColumns("crm_outbox"), insertedColumns(RowInserts.of(OutboxRow.class).sql()));
    }

    @Test
    void aBatchOfThousandsWithDisqualifiedLeadsIsFoundAgainEqualAndALaterUpdateWorks() {
        CrmPorts ports = db().store.ports(clock);
        List<Lead> batch = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            Lead lead = lead("Bulk" + i);
            if (i % 10 == 0) {
                lead = new Lead(lead.id(), 0, io.crmkit.core.lead.LeadStatus.DISQUALIFIED, lead.source(), lead.person(),
                        lead.email(), lead.phone(), lead.title(), lead.company(), lead.companyProfile(), lead.bant(),
                        lead.owner(), lead.tags(), List.of(Disqualification.of(DisqualificationReason.NO_BUDGET, "none"),
                        Disqualification.of(DisqualificationReason.NOT_A_PROSPECT, "uses another CRM")),
                        Optional.empty(), lead.capturedAt(), lead.statusChangedAt());
            }
            batch.add(lead);
        }

        List<Lead> saved = ports.leads().saveAll(batch);

        for (int i = 0; i < batch.size(); i += 25) {
            assertEquals(Optional.of(batch.get(i).withVersion(1)), ports.leads().find(batch.get(i).id()), "lead " + i);
        }
        assertEquals(500, db().count("select count(*) from crm_lead_disqualification where lead_id in ("
                + String.join(",", saved.stream().filter(l -> !l.disqualifications().isEmpty())
                .map(l -> "'" + l.id().value() + "'").toList()) + ")"));
        Lead working = ports.leads().save(saved.get(1).startWorking(clock.advance(Duration.ofMinutes(1))).aggregate());
        assertEquals(2, working.version());
        assertThrows(ConcurrentUpdateException.class, () -> ports.leads().save(saved.get(1)));
    }

    @Test
    void anActivityBatchFailingOnATakenIdMidWayLeavesNoRowOfItAndNoEventInTheOutbox() {
        CrmPorts ports = db().store.ports(clock);
        UserId owner = UserId.newId();
        AccountId account = AccountId.newId();
        Activity taken = ports.activities().save(call(account, owner, 0));
        List<Activity> batch = new ArrayList<>();
        for (int i = 1; i <= 2_400; i++) {
            batch.add(i == 1_700 ? new Activity(taken.id(), 0, taken.type(), "Impostor", taken.links(), owner,
                    taken.status(), taken.due(), taken.outcome(), taken.completedAt(), taken.createdAt()) : call(account, owner, i));
        }
        Lead lead = lead("Evented");
        long outboxBefore = db().count("select count(*) from crm_outbox");

        ConcurrentUpdateException conflict = assertThrows(ConcurrentUpdateException.class,
                () -> ports.transactions().inTransaction(() -> {
                    ports.leads().saveAll(List.of(lead));
                    ports.events().publish(List.of(new LeadCaptured(lead.id(), lead.source(), lead.owner(), clock.instant())));
                    return ports.activities().saveAll(batch);
                }));

        assertTrue(conflict.getMessage().contains(taken.id().toString()), conflict.getMessage());
        assertEquals(1, db().count("select count(*) from crm_activity where account_id = '" + account.value() + "'"));
        assertEquals(List.of(taken), ports.activities().findByAccount(account));
        assertEquals(Optional.empty(), ports.leads().find(lead.id()));
        assertEquals(outboxBefore, db().count("select count(*) from crm_outbox"));
    }

    @Test
    void manyEventsGoToTheOutboxInBulkWithTheirOwnDedupeKeysInTheSameTransaction() {
        CrmPorts ports = db().store.ports(clock);
        List<Lead> batch = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            batch.add(lead("Outboxed" + i));
        }
        long outboxBefore = db().count("select count(*) from crm_outbox");

        ports.transactions().inTransaction(() -> {
            List<Lead> saved = ports.leads().saveAll(batch);
            ports.events().publish(saved.stream().map(l -> new LeadCaptured(l.id(), l.source(), l.owner(), clock.instant())).toList());
            return saved;
        });

        assertEquals(outboxBefore + 300, db().count("select count(*) from crm_outbox"));
        assertEquals(outboxBefore + 300, db().count("select count(distinct dedupe_key) from crm_outbox"));
        for (Lead lead : List.of(batch.get(0), batch.get(299))) {
            assertEquals(1, db().count("select count(*) from crm_outbox where published_at is null and attempts = 0"
                    + " and event_type = '" + LeadCaptured.class.getName() + "' and payload like '%" + lead.id().value() + "%'"));
        }
    }

    private Lead lead(String first) {
        return Lead.capture(LeadId.newId(), NewLead.from(SourceChannel.IMPORT).person(first, "Importer")
                .email(first.toLowerCase(Locale.ROOT) + "." + UUID.randomUUID().toString().substring(0, 8) + "@bulk.example")
                .company("Bulk Imports GmbH").build(), clock.instant()).aggregate();
    }

    private Activity call(AccountId account, UserId owner, int i) {
        return Activity.log(ActivityId.newId(), ActivityType.CALL, "Call " + i, Links.toAccount(account), owner,
                Optional.of("Reached"), clock.instant().plusSeconds(i), clock.instant().plusSeconds(i)).aggregate();
    }

    private Set<String> tableColumns(String table) throws SQLException {
        Set<String> columns = new TreeSet<>();
        try (Connection c = db().dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, null, db().kind == CrmSchema.Database.H2
                     ? table.toUpperCase(Locale.ROOT) : table, null)) {
            while (rs.next()) {
                String schema = rs.getString("TABLE_SCHEM");
                if (schema.equalsIgnoreCase("crmkit_test") || schema.equalsIgnoreCase("PUBLIC")) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return columns;
    }

    private static Set<String> insertedColumns(String sql) {
        Matcher m = Pattern.compile("insert into \\w+ \\(([^)]*)\\)").matcher(sql);
        assertTrue(m.find(), sql);
        Set<String> columns = new TreeSet<>();
        for (String c : m.group(1).split(",")) {
            columns.add(c.trim());
        }
        return columns;
    }
}
