package io.crmkit.persistence.jpa;

import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.CrmPortsContract;
import org.junit.jupiter.api.Tag;

import java.time.Clock;

/** The port contract on the Jakarta Persistence adapters over a real PostgreSQL server. */
@Tag("postgresql")
final class PostgresPortsContractTest extends CrmPortsContract {

    @Override
    protected CrmPorts ports(Clock clock) {
        return TestDatabase.postgres().store.ports(clock);
    }

    @Override
    protected long storedEventCount() {
        return TestDatabase.postgres().count("select count(*) from crm_outbox");
    }
}
