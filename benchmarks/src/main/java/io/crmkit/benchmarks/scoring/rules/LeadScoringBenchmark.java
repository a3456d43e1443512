package io.crmkit.benchmarks.scoring.rules;

import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.Profile;
import io.crmkit.scoring.rules.RuleSet;
import io.crmkit.scoring.rules.ScoreTable;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringEngine;
import io.crmkit.scoring.rules.ScoringInput;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Rule-based lead scoring, 100,000 synthetic leads, 25 rules ({@link B2bRules}), one thread unless stated:
 * the hand-written if-chain (baseline) against crmkit's compiled rule set, both checked to give identical scores
 * for every lead before anything is measured. Times are per lead. Run with {@code -prof gc} for allocation per lead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-Xms2g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class LeadScoringBenchmark {

    static final int LEADS = 100_000;
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private SyntheticLeads.Lead[] leads;
    private Profile[] profiles;
    private Engagement[] engagements;
    private List<ScoringInput> inputs;
    private Scorer scorer;
    private ScoringEngine engine;
    private ScoreTable table;
    private RuleSet rules;

    @Setup(Level.Trial)
    public void setUp() {
        leads = SyntheticLeads.generate(LEADS, 7, NOW);
        profiles = new Profile[LEADS];
        engagements = new Engagement[LEADS];
        inputs = new ArrayList<>(LEADS);
        for (int i = 0; i < LEADS; i++) {
            profiles[i] = SyntheticLeads.profile(leads[i]);
            engagements[i] = SyntheticLeads.engagement(leads[i]);
            inputs.add(new ScoringInput(profiles[i], engagements[i]));
        }
        rules = B2bRules.ruleSet();
        scorer = Scorer.compile(rules);
        engine = ScoringEngine.using(rules);
        table = new ScoreTable(LEADS);
        long now = NOW.getEpochSecond();
        for (int i = 0; i < LEADS; i++) {
            long ours = scorer.score(profiles[i], engagements[i], NOW).totalCentipoints();
            long baseline = B2bRules.handWritten(leads[i], now);
            if (ours != baseline) {
                throw new IllegalStateException("lead " + i + ": crmkit " + ours + " but hand-written " + baseline);
            }
        }
    }

    /** Baseline: the 25 rules written by hand over plain fields. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long handWritten() {
        long now = NOW.getEpochSecond();
        long sum = 0;
        for (SyntheticLeads.Lead lead : leads) {
            sum += B2bRules.handWritten(lead, now);
        }
        return sum;
    }

    /** crmkit, writing into preallocated columns (no allocation per lead). */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long crmkitScoreInto() {
        for (int i = 0; i < LEADS; i++) {
            scorer.scoreInto(profiles[i], engagements[i], NOW, table, i);
        }
        return table.totalCentipoints(LEADS - 1);
    }

    /** crmkit, returning a LeadScore (with grades and the MQL flag) per lead. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long crmkitScore() {
        long sum = 0;
        for (int i = 0; i < LEADS; i++) {
            sum += scorer.score(profiles[i], engagements[i], NOW).totalCentipoints();
        }
        return sum;
    }

    /** crmkit's engine scoring the batch on 2 threads. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public int crmkitBatchTwoThreads() {
        return engine.scoreAll(inputs, NOW, 2).size();
    }

    /** Compiling the 25-rule set (not per lead). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Scorer compileRuleSet() {
        return Scorer.compile(rules);
    }
}
