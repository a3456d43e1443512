package io.crmkit.persistence.jpa;

import org.junit.jupiter.api.Tag;

/** {@link AtomicityChecks} on PostgreSQL. */
@Tag("postgresql")
final class PostgresAtomicityTest extends AtomicityChecks {

    @Override
    TestDatabase db() {
        return TestDatabase.postgres();
    }
}
