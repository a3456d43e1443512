package io.crmkit.persistence.jpa;

import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.PooledAccountsContract;
import org.junit.jupiter.api.Tag;

import java.time.Clock;

/** The pool entries contract on the Jakarta Persistence adapters over a real PostgreSQL server. */
@Tag("postgresql")
final class PostgresPooledAccountsContractTest extends PooledAccountsContract {

    @Override
    protected CrmPorts ports(Clock clock) {
        return TestDatabase.postgres().store.ports(clock);
    }

    @Override
    protected PooledAccounts pooledAccounts() {
        return TestDatabase.postgres().store.pooledAccounts();
    }
}
