package io.crmkit.benchmarks.persistence;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.port.Activities;
import io.crmkit.core.port.Leads;
import io.crmkit.core.port.Transactions;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.PhoneNumber;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;
import io.crmkit.persistence.jpa.JpaCrmPorts;
import jakarta.persistence.EntityManagerFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Loading 100,000 leads and 200,000 activities into PostgreSQL, in transactions of 1,000 rows: through crmkit's
 * Jakarta Persistence adapters one aggregate at a time ({@code save}; Hibernate 6, JDBC batches of 1,000) and in bulk
 * ({@code saveAll}), against plain JDBC batch inserts of the same rows (the baseline). One operation is the whole
 * load; the tables are emptied before each.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class BulkInsertBenchmark {

    static final int LEADS = 100_000;
    static final int ACTIVITIES = 200_000;
    static final int PER_TRANSACTION = 1_000;

    private BenchDatabase db;
    private EntityManagerFactory factory;
    private JpaCrmPorts store;
    private List<Lead> leads;
    private List<Activity> activities;

    @Setup(Level.Trial)
    public void setUp() {
        db = BenchDatabase.migrated();
        factory = db.entityManagerFactory();
        store = JpaCrmPorts.using(factory);
        leads = SyntheticCrmData.leads(LEADS, 42);
        List<AccountId> accounts = SyntheticCrmData.accounts(1_000, 43);
        activities = SyntheticCrmData.activities(ACTIVITIES, accounts, 44);
    }

    @Setup(Level.Invocation)
    public void emptyTables() {
        db.execute("truncate crm_lead, crm_lead_disqualification, crm_lead_blocking_key, crm_activity");
    }

    @TearDown(Level.Invocation)
    public void checkEveryRowArrived() {
        if (db.count("crm_lead") != LEADS || db.count("crm_activity") != ACTIVITIES) {
            throw new IllegalStateException("expected " + LEADS + " leads and " + ACTIVITIES + " activities but found "
                    + db.count("crm_lead") + " and " + db.count("crm_activity"));
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        factory.close();
    }

    @Benchmark
    public int crmkitJpa() {
        Transactions tx = store.transactions();
        Leads leadStore = store.leads();
        Activities activityStore = store.activities();
        for (int from = 0; from < LEADS; from += PER_TRANSACTION) {
            List<Lead> chunk = leads.subList(from, Math.min(LEADS, from + PER_TRANSACTION));
            tx.inTransaction(() -> {
                chunk.forEach(leadStore::save);
                return null;
            });
        }
        for (int from = 0; from < ACTIVITIES; from += PER_TRANSACTION) {
            List<Activity> chunk = activities.subList(from, Math.min(ACTIVITIES, from + PER_TRANSACTION));
            tx.inTransaction(() -> {
                chunk.forEach(activityStore::save);
                return null;
            });
        }
        return LEADS + ACTIVITIES;
    }

    /** The bulk path for imports: {@code Leads.saveAll} and {@code Activities.saveAll}, one transaction per 1,000 rows. */
    @Benchmark
    public int crmkitJpaSaveAll() {
        Transactions tx = store.transactions();
        Leads leadStore = store.leads();
        Activities activityStore = store.activities();
        for (int from = 0; from < LEADS; from += PER_TRANSACTION) {
            List<Lead> chunk = leads.subList(from, Math.min(LEADS, from + PER_TRANSACTION));
            tx.inTransaction(() -> leadStore.saveAll(chunk));
        }
        for (int from = 0; from < ACTIVITIES; from += PER_TRANSACTION) {
            List<Activity> chunk = activities.subList(from, Math.min(ACTIVITIES, from + PER_TRANSACTION));
            tx.inTransaction(() -> activityStore.saveAll(chunk));
        }
        return LEADS + ACTIVITIES;
    }

    @Benchmark
    public int plainJdbcBatch() throws SQLException {
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("insert into crm_lead (id, version, status, source, first_name,"
                    + " last_name, email, phone, title, company, industry, size_band, region, website, company_phone, street,"
                    + " postal_code, city, address_region, country, budget_amount, budget_currency, authority, need,"
                    + " decision_timeline, owner_id, tags, converted_account_id, converted_contact_id,"
                    + " converted_opportunity_id, captured_at, status_changed_at)"
                    + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Lead l : leads) {
                    // every column the adapter writes, nulls included: the same rows
                    var p = l.companyProfile();
                    ps.setObject(1, l.id().value());
                    ps.setString(2, l.status().name());
                    ps.setString(3, l.source().name());
                    ps.setString(4, l.person().first());
                    ps.setString(5, l.person().last());
                    ps.setString(6, l.email().map(EmailAddress::value).orElse(null));
                    ps.setString(7, l.phone().map(PhoneNumber::e164).orElse(null));
                    ps.setString(8, l.title().orElse(null));
                    ps.setString(9, l.company().orElse(null));
                    ps.setString(10, p.industry().orElse(null));
                    ps.setString(11, p.sizeBand().map(Enum::name).orElse(null));
                    ps.setString(12, p.region().orElse(null));
                    ps.setString(13, p.website().orElse(null));
                    ps.setString(14, p.phone().map(PhoneNumber::e164).orElse(null));
                    ps.setString(15, p.address().map(a -> a.street()).orElse(null));
                    ps.setString(16, p.address().map(a -> a.postalCode()).orElse(null));
                    ps.setString(17, p.address().map(a -> a.city()).orElse(null));
                    ps.setString(18, p.address().map(a -> a.region()).orElse(null));
                    ps.setString(19, p.address().map(a -> a.country().alpha2()).orElse(null));
                    ps.setBigDecimal(20, l.bant().budget().map(Money::amount).orElse(null));
                    ps.setString(21, l.bant().budget().map(m -> m.currency().getCurrencyCode()).orElse(null));
                    ps.setString(22, l.bant().authority().map(Enum::name).orElse(null));
                    ps.setString(23, l.bant().need().orElse(null));
                    ps.setObject(24, l.bant().timeline().orElse(null), Types.DATE);
                    ps.setObject(25, l.owner().map(UserId::value).orElse(null), Types.OTHER);
                    ps.setString(26, String.join(",", l.tags().values()));
                    ps.setObject(27, l.convertedTo().map(t -> t.account().value()).orElse(null), Types.OTHER);
                    ps.setObject(28, l.convertedTo().map(t -> t.contact().value()).orElse(null), Types.OTHER);
                    ps.setObject(29, l.convertedTo().flatMap(t -> t.opportunity()).map(o -> o.value()).orElse(null), Types.OTHER);
                    ps.setTimestamp(30, timestamp(l.capturedAt()));
                    ps.setTimestamp(31, timestamp(l.statusChangedAt()));
                    ps.addBatch();
                    if (++n % PER_TRANSACTION == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (PreparedStatement ps = c.prepareStatement("insert into crm_activity (id, version, type, subject, account_id,"
                    + " owner_id, status, due_at, outcome, completed_at, created_at, lead_id, contact_id, opportunity_id)"
                    + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                int n = 0;
                for (Activity a : activities) {
                    ps.setObject(1, a.id().value());
                    ps.setString(2, a.type().name());
                    ps.setString(3, a.subject());
                    ps.setObject(4, a.links().account().map(AccountId::value).orElse(null), Types.OTHER);
                    ps.setObject(5, a.owner().value());
                    ps.setString(6, a.status().name());
                    ps.setTimestamp(7, a.due().map(BulkInsertBenchmark::timestamp).orElse(null));
                    ps.setString(8, a.outcome().orElse(null));
                    ps.setTimestamp(9, a.completedAt().map(BulkInsertBenchmark::timestamp).orElse(null));
                    ps.setTimestamp(10, timestamp(a.createdAt()));
                    ps.setObject(11, a.links().lead().map(x -> x.value()).orElse(null), Types.OTHER);
                    ps.setObject(12, a.links().contact().map(x -> x.value()).orElse(null), Types.OTHER);
                    ps.setObject(13, a.links().opportunity().map(x -> x.value()).orElse(null), Types.OTHER);
                    ps.addBatch();
                    if (++n % PER_TRANSACTION == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        return LEADS + ACTIVITIES;
    }

    private static Timestamp timestamp(Instant at) {
        return Timestamp.from(at);
    }

    /** Runs the load once each way and prints the times, without JMH: a quick check while developing. */
    public static void main(String[] args) throws Exception {
        BulkInsertBenchmark b = new BulkInsertBenchmark();
        b.setUp();
        for (int round = 0; round < 2; round++) {
            b.emptyTables();
            long t0 = System.nanoTime();
            b.plainJdbcBatch();
            long jdbc = System.nanoTime() - t0;
            b.checkEveryRowArrived();
            b.emptyTables();
            t0 = System.nanoTime();
            b.crmkitJpa();
            long jpa = System.nanoTime() - t0;
            b.checkEveryRowArrived();
            b.emptyTables();
            t0 = System.nanoTime();
            b.crmkitJpaSaveAll();
            long bulk = System.nanoTime() - t0;
            b.checkEveryRowArrived();
            System.out.printf("round %d: JDBC %d ms, crmkit save %d ms (%.0f%% of JDBC throughput), saveAll %d ms (%.0f%%)%n",
                    round, jdbc / 1_000_000, jpa / 1_000_000, 100.0 * jdbc / jpa, bulk / 1_000_000, 100.0 * jdbc / bulk);
        }
        b.close();
    }
}
