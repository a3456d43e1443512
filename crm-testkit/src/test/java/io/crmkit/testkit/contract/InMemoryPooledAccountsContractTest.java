package io.crmkit.testkit.contract;

import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Clock;

/** The pool entries contract on the in-memory adapters: the reference the database adapters are held to. */
final class InMemoryPooledAccountsContractTest extends PooledAccountsContract {

    private static final InMemoryCrm STORE = InMemoryCrm.create();

    @Override
    protected CrmPorts ports(Clock clock) {
        return STORE.ports(clock);
    }

    @Override
    protected PooledAccounts pooledAccounts() {
        return STORE.pooledAccounts();
    }
}
