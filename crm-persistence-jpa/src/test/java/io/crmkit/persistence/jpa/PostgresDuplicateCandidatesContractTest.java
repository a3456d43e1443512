package io.crmkit.persistence.jpa;

import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.usecase.CrmPorts;
import io.crmkit.testkit.contract.DuplicateCandidatesContract;
import org.junit.jupiter.api.Tag;

import java.time.Clock;

/** The duplicate candidates contract on the Jakarta Persistence adapters over a real PostgreSQL server. */
@Tag("postgresql")
final class PostgresDuplicateCandidatesContractTest extends DuplicateCandidatesContract {

    @Override
    protected CrmPorts ports(Clock clock, Matcher matcher) {
        return TestDatabase.postgres().store.withDuplicateIndex(matcher).ports(clock);
    }

    @Override
    protected DuplicateCandidates candidates(Matcher matcher) {
        return TestDatabase.postgres().store.withDuplicateIndex(matcher).duplicateCandidates();
    }
}
