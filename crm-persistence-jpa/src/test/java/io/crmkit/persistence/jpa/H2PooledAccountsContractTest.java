package io.crmkit.persistence.jpa;

import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.PooledAccountsContract;

import java.time.Clock;

/** The pool entries contract on the Jakarta Persistence adapters over H2. */
final class H2PooledAccountsContractTest extends PooledAccountsContract {

    @Override
    protected CrmPorts ports(Clock clock) {
        return TestDatabase.h2().store.ports(clock);
    }

    @Override
    protected PooledAccounts pooledAccounts() {
        return TestDatabase.h2().store.pooledAccounts();
    }
}
