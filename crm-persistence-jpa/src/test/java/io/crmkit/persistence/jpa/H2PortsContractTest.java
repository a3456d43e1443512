package io.crmkit.persistence.jpa;

import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.CrmPortsContract;

import java.time.Clock;

/** The port contract on the Jakarta Persistence adapters over H2, the schema migrated and validated by Hibernate. */
final class H2PortsContractTest extends CrmPortsContract {

    private static final TestDatabase DB = TestDatabase.h2();

    @Override
    protected CrmPorts ports(Clock clock) {
        return DB.store.ports(clock);
    }

    @Override
    protected long storedEventCount() {
        return DB.count("select count(*) from crm_outbox");
    }
}
