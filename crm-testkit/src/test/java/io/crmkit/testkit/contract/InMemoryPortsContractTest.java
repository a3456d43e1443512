package io.crmkit.testkit.contract;

import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Clock;

/** The port contract on the in-memory adapters: the reference the database adapters are held to. */
final class InMemoryPortsContractTest extends CrmPortsContract {

    private static final InMemoryCrm STORE = InMemoryCrm.create();

    @Override
    protected CrmPorts ports(Clock clock) {
        return STORE.ports(clock);
    }

    @Override
    protected long storedEventCount() {
        return STORE.publishedEvents().size();
    }
}
