package io.crmkit.benchmarks.persistence;

import io.crmkit.persistence.jpa.CrmSchema;
import io.crmkit.persistence.jpa.JpaCrmPorts;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import org.flywaydb.core.Flyway;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The PostgreSQL server of {@code CRMKIT_PG_URL} (user {@code CRMKIT_PG_USER}, password {@code CRMKIT_PG_PASSWORD}),
 * with crmkit's schema migrated into a schema of its own, {@code crmkit_bench}, recreated for each run.
 */
final class BenchDatabase implements DataSource {

    static final String SCHEMA = "crmkit_bench";
    private static final Logger HIBERNATE = Logger.getLogger("org.hibernate");

    private final String url;
    private final String user;
    private final String password;

    private BenchDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A freshly migrated benchmark schema. */
    static BenchDatabase migrated() {
        String base = System.getenv("CRMKIT_PG_URL");
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("set CRMKIT_PG_URL (and CRMKIT_PG_USER, CRMKIT_PG_PASSWORD) to a PostgreSQL database");
        }
        BenchDatabase db = new BenchDatabase(base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA
                + "&reWriteBatchedInserts=true", System.getenv().getOrDefault("CRMKIT_PG_USER", "crmkit"),
                System.getenv().getOrDefault("CRMKIT_PG_PASSWORD", ""));
        Flyway flyway = Flyway.configure().dataSource(db).schemas(SCHEMA).locations(CrmSchema.migrations(CrmSchema.Database.POSTGRESQL))
                .table(CrmSchema.HISTORY_TABLE).cleanDisabled(false).load();
        flyway.clean();
        flyway.migrate();
        HIBERNATE.setLevel(Level.WARNING);
        return db;
    }

    /** Hibernate on a pool of connections (its built-in one: a connection per transaction would dominate). */
    EntityManagerFactory entityManagerFactory() {
        return Persistence.createEntityManagerFactory(JpaCrmPorts.PERSISTENCE_UNIT, Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password,
                "hibernate.connection.pool_size", "4",
                "hibernate.jdbc.batch_size", "1000",
                "hibernate.hbm2ddl.auto", "validate",
                "hibernate.archive.scanner", "org.hibernate.boot.archive.scan.internal.DisabledScanner"));
    }

    void execute(String sql) {
        try (Connection c = getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    long count(String table) {
        try (Connection c = getConnection(); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(table, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String u, String p) throws SQLException {
        return DriverManager.getConnection(url, u, p);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
    }

    @Override
    public void setLoginTimeout(int seconds) {
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
