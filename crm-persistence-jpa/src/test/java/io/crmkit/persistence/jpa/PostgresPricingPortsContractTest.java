package io.crmkit.persistence.jpa;

import org.junit.jupiter.api.Tag;

/** The pricing port contract on the Jakarta Persistence adapters over a real PostgreSQL server. */
@Tag("postgresql")
final class PostgresPricingPortsContractTest extends JpaPricingPortsContract {

    @Override
    JpaPricingPorts store() {
        return TestDatabase.postgres().store.pricing();
    }
}
