package io.crmkit.benchmarks.assignment;

import io.crmkit.core.assignment.Assigner;
import io.crmkit.core.assignment.Assignment;
import io.crmkit.core.assignment.AssignmentLedger;
import io.crmkit.core.assignment.AssignmentRules;
import io.crmkit.core.assignment.AssignmentSubject;
import io.crmkit.core.assignment.Criterion;
import io.crmkit.core.assignment.Distribution;
import io.crmkit.core.assignment.Member;
import io.crmkit.core.assignment.Target;
import io.crmkit.core.assignment.Team;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.UserId;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Assigning 100,000 leads (a month of them, spread over its working days) to a 50-member team behind three rules,
 * with capacities, leave, inactive members and skills, for each distribution; against a hand-written round-robin over
 * an array (no rules, no capacity, no leave: a lower bound). No library is the obvious peer here: hosts write this by
 * hand or configure it inside a CRM suite. Time is per 100,000 leads, with a fresh ledger each time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "-Xms1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AssignmentBenchmark {

    static final int LEADS = 100_000;
    private static final LocalDate MARCH = LocalDate.of(2026, 3, 2);
    private static final String[] REGIONS = {"emea", "emea", "emea", "amer", "apac"};
    private static final String[] PRODUCTS = {"crm", "erp", "hr", "analytics"};

    @Param({"ROUND_ROBIN", "LOAD_BALANCED", "SKILL_MATCH", "WEIGHTED"})
    public Distribution distribution;

    private AssignmentSubject[] leads;
    private LocalDate[] days;
    private AssignmentRules rules;
    private UserId[] members;

    @Setup(Level.Trial)
    public void setUp() {
        Random random = new Random(11);
        List<Member> team = new ArrayList<>();
        members = new UserId[50];
        for (int i = 0; i < 50; i++) {
            members[i] = new UserId(new UUID(0x0190_0000_0000_7000L, i + 1));
            Member m = Member.of(members[i]).withCapacity(2_500 + 100 * (i % 10)).withWeight(1 + i % 3)
                    .withSkills(Set.of(PRODUCTS[i % PRODUCTS.length]));
            if (i % 17 == 0) {
                m = m.onLeave(MARCH.plusDays(7), MARCH.plusDays(11));
            }
            team.add(i == 49 ? m.inactive() : m);
        }
        rules = AssignmentRules.builder()
                .team(new Team("sales", team, distribution))
                .rule("strategic", new Target.User(members[0]), Criterion.size(Set.of(SizeBand.ENTERPRISE)), Criterion.minScore(90))
                .rule("partners", new Target.Team("sales"), Criterion.channel(Set.of(SourceChannel.PARTNER)))
                .rule("everyone", new Target.Team("sales"))
                .build();
        leads = new AssignmentSubject[LEADS];
        days = new LocalDate[LEADS];
        SizeBand[] sizes = SizeBand.values();
        SourceChannel[] channels = SourceChannel.values();
        for (int i = 0; i < LEADS; i++) {
            leads[i] = new AssignmentSubject(Optional.of(REGIONS[random.nextInt(REGIONS.length)]), Optional.of("software"),
                    Optional.of(sizes[random.nextInt(sizes.length)]), channels[random.nextInt(channels.length)],
                    Set.of(PRODUCTS[random.nextInt(PRODUCTS.length)]), OptionalDouble.of(random.nextInt(100)), Optional.empty());
            int workingDay = i * 22 / LEADS; // March 2026 has 22 working days
            days[i] = MARCH.plusDays(workingDay / 5 * 7 + workingDay % 5);
        }
        int assigned = assignAll();
        if (assigned < LEADS * 9 / 10) {
            throw new IllegalStateException("only " + assigned + " of " + LEADS + " leads were assigned");
        }
    }

    /** crmkit: rules, eligibility and the distribution, a fresh ledger per run. */
    @Benchmark
    public int assignAll() {
        Assigner assigner = new Assigner(rules, new AssignmentLedger());
        int assigned = 0;
        for (int i = 0; i < LEADS; i++) {
            if (assigner.assign(leads[i], days[i]) instanceof Assignment.Assigned) {
                assigned++;
            }
        }
        return assigned;
    }

    /** Baseline: round-robin over the active members' array, nothing else checked. */
    @Benchmark
    public long handWrittenRoundRobin() {
        long checksum = 0;
        int next = 0;
        for (int i = 0; i < LEADS; i++) {
            checksum += members[next].value().getLeastSignificantBits();
            next = next + 1 == 49 ? 0 : next + 1;
        }
        return checksum;
    }
}
