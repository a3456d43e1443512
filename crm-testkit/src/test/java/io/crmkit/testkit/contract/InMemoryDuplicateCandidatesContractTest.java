package io.crmkit.testkit.contract;

import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.memory.InMemoryCrm;

import java.time.Clock;

/** The duplicate candidates contract on the in-memory adapters (which answer every stored lead). */
final class InMemoryDuplicateCandidatesContractTest extends DuplicateCandidatesContract {

    private static final InMemoryCrm STORE = InMemoryCrm.create();

    @Override
    protected CrmPorts ports(Clock clock, Matcher matcher) {
        return STORE.ports(clock);
    }

    @Override
    protected DuplicateCandidates candidates(Matcher matcher) {
        return STORE.duplicateCandidates();
    }
}
