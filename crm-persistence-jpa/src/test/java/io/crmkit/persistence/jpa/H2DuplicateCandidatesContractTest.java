package io.crmkit.persistence.jpa;

import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.DuplicateCandidatesContract;

import java.time.Clock;

/** The duplicate candidates contract on the Jakarta Persistence adapters over H2. */
final class H2DuplicateCandidatesContractTest extends DuplicateCandidatesContract {

    @Override
    protected CrmPorts ports(Clock clock, Matcher matcher) {
        return TestDatabase.h2().store.withDuplicateIndex(matcher).ports(clock);
    }

    @Override
    protected DuplicateCandidates candidates(Matcher matcher) {
        return TestDatabase.h2().store.withDuplicateIndex(matcher).duplicateCandidates();
    }
}
