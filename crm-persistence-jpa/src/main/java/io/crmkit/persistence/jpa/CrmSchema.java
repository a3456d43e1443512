package io.crmkit.persistence.jpa;

import java.util.Objects;

/**
 * Where this module's versioned SQL migrations are, for Flyway (or any tool that runs {@code V<n>__*.sql} files in
 * order). Run them with their own history table so they stay apart from the host's migrations:
 * <pre>{@code
 * Flyway.configure().dataSource(dataSource)
 *     .locations(CrmSchema.migrations(CrmSchema.Database.POSTGRESQL))
 *     .table(CrmSchema.HISTORY_TABLE)
 *     .load().migrate();
 * }</pre>
 */
public final class CrmSchema {

    /** The history table crmkit's migrations are recorded in. */
    public static final String HISTORY_TABLE = "crmkit_schema_history";

    /** The databases the migrations are written and tested for. */
    public enum Database {
        /** PostgreSQL 13 or later. */
        POSTGRESQL("postgresql"),
        /** H2 2.x, the embedded default. */
        H2("h2");

        private final String folder;

        Database(String folder) {
            this.folder = folder;
        }
    }

    private CrmSchema() {
    }

    /** The Flyway location of the migrations for {@code database}. */
    public static String migrations(Database database) {
        return "classpath:io/crmkit/persistence/jpa/migration/" + Objects.requireNonNull(database, "database").folder;
    }
}
