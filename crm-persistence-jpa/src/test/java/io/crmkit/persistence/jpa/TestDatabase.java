package io.crmkit.persistence.jpa;

import jakarta.persistence.EntityManagerFactory;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A migrated database and an entity manager factory on it that Hibernate validated against the migrated schema.
 * PostgreSQL comes from {@code CRMKIT_PG_URL} (and {@code CRMKIT_PG_USER}, {@code CRMKIT_PG_PASSWORD}); without it
 * the PostgreSQL tests fail, so run {@code -DexcludedGroups=postgresql} to leave them out on a machine without one.
 */
final class TestDatabase {

    private static final AtomicInteger H2_COUNT = new AtomicInteger();
    private static TestDatabase postgres;
    private static TestDatabase sharedH2;

    final DataSource dataSource;
    final EntityManagerFactory factory;
    final JpaCrmPorts store;
    final CrmSchema.Database kind;

    private TestDatabase(DataSource dataSource, CrmSchema.Database kind) {
        this.dataSource = dataSource;
        this.kind = kind;
        this.factory = JpaCrmPorts.entityManagerFactory(dataSource, Map.of(
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.jdbc.batch_size", "50"));
        this.store = JpaCrmPorts.using(factory);
    }

    /** The in-memory H2 database the test classes share, migrated once. */
    static synchronized TestDatabase h2() {
        if (sharedH2 == null) {
            sharedH2 = freshH2();
        }
        return sharedH2;
    }

    /** A new, migrated in-memory H2 database of its own. */
    static TestDatabase freshH2() {
        DataSource ds = new UrlDataSource("jdbc:h2:mem:crmkit-test-" + H2_COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1", "sa", "");
        migrate(ds, CrmSchema.Database.H2, false);
        return new TestDatabase(ds, CrmSchema.Database.H2);
    }

    /** The PostgreSQL test schema, cleaned and migrated once per test run. */
    static synchronized TestDatabase postgres() {
        if (postgres == null) {
            String url = System.getenv("CRMKIT_PG_URL");
            if (url == null || url.isBlank()) {
                throw new IllegalStateException("CRMKIT_PG_URL is not set: the PostgreSQL tests need a server"
                        + " (.ci/run starts one); run with -DexcludedGroups=postgresql to leave them out");
            }
            DataSource ds = new UrlDataSource(url + (url.contains("?") ? "&" : "?")
                    + "currentSchema=crmkit_test&reWriteBatchedInserts=true",
                    System.getenv().getOrDefault("CRMKIT_PG_USER", "crmkit"),
                    System.getenv().getOrDefault("CRMKIT_PG_PASSWORD", ""));
            migrate(ds, CrmSchema.Database.POSTGRESQL, true);
            postgres = new TestDatabase(ds, CrmSchema.Database.POSTGRESQL);
        }
        return postgres;
    }

    private static void migrate(DataSource ds, CrmSchema.Database kind, boolean clean) {
        Flyway flyway = Flyway.configure().dataSource(ds).locations(CrmSchema.migrations(kind))
                .table(CrmSchema.HISTORY_TABLE).schemas(kind == CrmSchema.Database.POSTGRESQL ? "crmkit_test" : "PUBLIC")
                .cleanDisabled(!clean).load();
        if (clean) {
            flyway.clean();
        }
        flyway.migrate();
    }

    /** A count straight from SQL, past the adapters. */
    long count(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs SQL straight on the database. */
    void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
