package io.crmkit.benchmarks.persistence;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.timeline.TimelineEntry;
import io.crmkit.core.usecase.Crm;
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
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The 360-degree timeline of an account with 1,000 activities, read from PostgreSQL through the adapters, against a
 * hand-written baseline: plain JDBC queries of the same tables in one read-only transaction, building the same
 * entries. Setup checks that both give the same timeline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimelineBenchmark {

    private BenchDatabase db;
    private EntityManagerFactory factory;
    private Crm crm;
    private AccountId account;
    private Connection connection;

    @Setup(Level.Trial)
    public void setUp() {
        db = BenchDatabase.migrated();
        factory = db.entityManagerFactory();
        JpaCrmPorts store = JpaCrmPorts.using(factory);
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        Account a = store.accounts().save(Account.open(new AccountId(io.crmkit.core.shared.Ids.next()), "Globex",
                CompanyProfile.empty(), UserId.newId(), start).aggregate());
        account = a.id();
        List<Activity> activities = SyntheticCrmData.activities(1_000, List.of(account), 7);
        store.transactions().inTransaction(() -> {
            activities.forEach(store.activities()::save);
            return null;
        });
        crm = Crm.using(store.ports(Clock.fixed(start, ZoneOffset.UTC)));
        int entries = crm.timeline().of(account).entries().size();
        if (entries != 1_001) {
            throw new IllegalStateException("expected the account and 1,000 activities but the timeline has " + entries);
        }
        try {
            connection = db.getConnection();
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            Timeline baseline = plainJdbc();
            if (!baseline.equals(crm.timeline().of(account))) {
                throw new IllegalStateException("the plain JDBC timeline differs from crmkit's");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        connection.close();
        factory.close();
    }

    @Benchmark
    public Timeline timelineOfAnAccountWith1000Activities() {
        return crm.timeline().of(account);
    }

    /**
     * The baseline: the same reads by hand on one pooled connection (account, contacts, activities, opportunity stage
     * changes, lifecycle changes), entries built as crmkit words them. Only the kinds of entry this account has are
     * described; an opportunity or a lifecycle here would make it throw rather than be compared unfairly.
     */
    @Benchmark
    public Timeline plainJdbc() throws SQLException {
        List<TimelineEntry> entries = new ArrayList<>(1_024);
        UUID id = account.value();
        try (PreparedStatement ps = connection.prepareStatement("select name, created_at from crm_account where id = ?")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException("no account " + id);
                }
                entries.add(new TimelineEntry(instant(rs, 2), "account", "Account " + rs.getString(1) + " opened", id));
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("select c.id, c.first_name, c.last_name, c.created_at"
                + " from crm_contact c join crm_contact_account ca on ca.contact_id = c.id where ca.account_id = ?"
                + " order by c.created_at, c.id")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String name = (rs.getString(2) + " " + rs.getString(3)).strip();
                    entries.add(new TimelineEntry(instant(rs, 4), "contact", "Contact " + name + " added",
                            rs.getObject(1, UUID.class)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("select id, type, subject, status, outcome, due_at,"
                + " completed_at, created_at from crm_activity where account_id = ? order by created_at, id")) {
            ps.setObject(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String status = rs.getString(4);
                    String verb = switch (status) {
                        case "OPEN" -> "due";
                        case "DONE" -> "done";
                        default -> "cancelled";
                    };
                    String outcome = rs.getString(5);
                    Instant at = instant(rs, 7);
                    if (at == null) {
                        at = instant(rs, 6);
                    }
                    if (at == null) {
                        at = instant(rs, 8);
                    }
                    entries.add(new TimelineEntry(at, "activity", label(rs.getString(2)) + " " + verb + ": " + rs.getString(3)
                            + (outcome != null && !status.equals("OPEN") ? " - " + outcome : ""), rs.getObject(1, UUID.class)));
                }
            }
        }
        try (PreparedStatement ps = connection.prepareStatement("select count(*) from crm_opportunity_stage_change sc"
                + " join crm_opportunity o on o.id = sc.opportunity_id where o.account_id = ?"
                + " union all select count(*) from crm_lifecycle_change where account_id = ?")) {
            ps.setObject(1, id);
            ps.setObject(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getLong(1) != 0) {
                        throw new IllegalStateException("the baseline does not describe opportunities or lifecycles");
                    }
                }
            }
        }
        connection.commit();
        return new Timeline(account, entries);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }

    private static String label(String constant) {
        String s = constant.toLowerCase(Locale.ROOT).replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
