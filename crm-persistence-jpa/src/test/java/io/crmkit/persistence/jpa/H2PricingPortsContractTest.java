package io.crmkit.persistence.jpa;

/** The pricing port contract on the Jakarta Persistence adapters over H2, the schema migrated and validated by Hibernate. */
final class H2PricingPortsContractTest extends JpaPricingPortsContract {

    @Override
    JpaPricingPorts store() {
        return TestDatabase.h2().store.pricing();
    }
}
