package io.crmkit.persistence.jpa;

import org.junit.jupiter.api.Tag;

/** {@link BulkSaveChecks} on PostgreSQL. */
@Tag("postgresql")
final class PostgresBulkSaveTest extends BulkSaveChecks {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
