package io.crmkit.benchmarks.persistence;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.CompanyProfile;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.timeline.Timeline;
import io.crmkit.core.usecase.Crm;
import io.crmkit.persistence.jpa.JpaCrmPorts;
import jakarta.persistence.EntityManagerFactory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The 360-degree timeline of an account with 1,000 activities, read from PostgreSQL through the adapters. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TimelineBenchmark {

    private EntityManagerFactory factory;
    private Crm crm;
    private AccountId account;

    @Setup(Level.Trial)
    public void setUp() {
        BenchDatabase db = BenchDatabase.migrated();
        factory = db.entityManagerFactory();
        JpaCrmPorts store = JpaCrmPorts.using(factory);
        Instant start = Instant.parse("2025-01-01T08:00:00Z");
        Account a = store.accounts().save(Account.open(new AccountId(io.crmkit.core.shared.Ids.next()), "Globex",
                CompanyProfile.empty(), UserId.newId(), start).aggregate());
        account = a.id();
        List<Activity> activities = SyntheticCrmData.activities(1_000, List.of(account), 7);
        store.transactions().inTransaction(() -> {
            activities.forEach(store.activities()::save);
            return null;
        });
        crm = Crm.using(store.ports(Clock.fixed(start, ZoneOffset.UTC)));
        int entries = crm.timeline().of(account).entries().size();
        if (entries != 1_001) {
            throw new IllegalStateException("expected the account and 1,000 activities but the timeline has " + entries);
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        factory.close();
    }

    @Benchmark
    public Timeline timelineOfAnAccountWith1000Activities() {
        return crm.timeline().of(account);
    }
}
