package io.crmkit.persistence.jpa;

/** {@link BulkSaveChecks} on H2. */
final class H2BulkSaveTest extends BulkSaveChecks {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
