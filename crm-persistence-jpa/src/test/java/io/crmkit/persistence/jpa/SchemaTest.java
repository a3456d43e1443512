package io.crmkit.persistence.jpa;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The two migrations build the same schema, with the indexes the port queries use. (Hibernate validates each
 * migrated schema against the entities whenever a test database starts: {@link TestDatabase}.)
 */
@Tag("postgresql")
final class SchemaTest {

    @Test
    void postgresqlAndH2MigrationsHaveTheSameTablesAndColumnsWithTheSameSizes() throws SQLException {
        Map<String, String> h2 = columns(TestDatabase.h2(), "PUBLIC");
        Map<String, String> pg = columns(TestDatabase.postgres(), "crmkit_test");

        assertEquals(h2.keySet(), pg.keySet());
        assertTrue(h2.size() > 120, "every table and column: " + h2.size());
        for (String column : h2.keySet()) {
            assertEquals(h2.get(column).split(":")[1], pg.get(column).split(":")[1], "size of " + column);
        }
    }

    @Test
    void theQueriesOfThePortsHaveTheirIndexes() throws SQLException {
        for (TestDatabase db : new TestDatabase[] {TestDatabase.h2(), TestDatabase.postgres()}) {
            Set<String> indexed = indexedFirstColumns(db);
            for (String needed : Set.of("crm_lead.email", "crm_contact.email", "crm_contact_account.account_id",
                    "crm_opportunity.account_id", "crm_activity.account_id", "crm_activity.lead_id",
                    "crm_activity.owner_id", "crm_outbox.dedupe_key", "crm_lead.owner_id", "crm_account.owner_id",
                    "crm_opportunity.owner_id", "crm_pool_entry.holder_id", "crm_pool_entry.pool",
                    "crm_pool_claim.claimed_by", "crm_lead_blocking_key.blocking_key",
                    "pricing_exchange_rate.from_currency", "pricing_tax_rate.region",
                    "pricing_paid_price.account_id", "pricing_account_segment.segment", "pricing_quote_version.quote_id",
                    "pricing_quote_version.account_id")) {
                assertTrue(indexed.contains(needed), needed + " is indexed on " + db.kind + ": " + indexed);
            }
        }
    }

    private static Map<String, String> columns(TestDatabase db, String schema) throws SQLException {
        Map<String, String> columns = new TreeMap<>();
        try (Connection c = db.dataSource.getConnection();
             ResultSet rs = c.getMetaData().getColumns(null, schema, null, null)) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (table.startsWith("crm_") || table.startsWith("pricing_")) {
                    columns.put(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT),
                            rs.getString("TYPE_NAME") + ":" + size(rs));
                }
            }
        }
        return columns;
    }

    private static String size(ResultSet rs) throws SQLException {
        String type = rs.getString("TYPE_NAME").toLowerCase(Locale.ROOT);
        if (type.contains("char") || type.contains("numeric") || type.contains("decimal")) {
            return rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS");
        }
        return rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null";
    }

    private static Set<String> indexedFirstColumns(TestDatabase db) throws SQLException {
        Set<String> indexed = new TreeSet<>();
        try (Connection c = db.dataSource.getConnection()) {
            String schema = db.kind == CrmSchema.Database.H2 ? "PUBLIC" : "crmkit_test";
            for (String table : new String[] {"crm_lead", "crm_account", "crm_contact", "crm_contact_account",
                    "crm_opportunity", "crm_activity", "crm_outbox", "crm_pool_entry", "crm_pool_claim",
                    "crm_lead_blocking_key", "pricing_exchange_rate", "pricing_tax_rate",
                    "pricing_paid_price", "pricing_account_segment", "pricing_quote_version"}) {
                String name = db.kind == CrmSchema.Database.H2 ? table.toUpperCase(Locale.ROOT) : table;
                try (ResultSet rs = c.getMetaData().getIndexInfo(null, schema, name, false, false)) {
                    while (rs.next()) {
                        if (rs.getShort("ORDINAL_POSITION") == 1 && rs.getString("COLUMN_NAME") != null) {
                            indexed.add(table + "." + rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return indexed;
    }
}
