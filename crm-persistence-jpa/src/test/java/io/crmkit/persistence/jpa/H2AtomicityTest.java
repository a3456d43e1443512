package io.crmkit.persistence.jpa;

/** {@link AtomicityChecks} on H2. */
final class H2AtomicityTest extends AtomicityChecks {

    @Override
    TestDatabase db() {
        return TestDatabase.h2();
    }
}
