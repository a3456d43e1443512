package io.crmkit.benchmarks.scoring.rules;

import io.crmkit.benchmarks.scoring.rules.drools.DroolsEvent;
import io.crmkit.benchmarks.scoring.rules.drools.DroolsLead;
import io.crmkit.benchmarks.scoring.rules.drools.DroolsScoring;
import io.crmkit.scoring.json.RuleSetJson;
import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.LeadBatch;
import io.crmkit.scoring.rules.Profile;
import io.crmkit.scoring.rules.RuleSet;
import io.crmkit.scoring.rules.ScoreTable;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringEngine;
import io.crmkit.scoring.rules.ScoringInput;
import org.kie.api.runtime.StatelessKieSession;
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
 * the hand-written if-chain (baseline) against crmkit's compiled rule set and against Drools, the rule engine a
 * host would otherwise pick (the same rules in DRL, executable model, see {@link DroolsState}), all checked to give
 * identical scores for every lead before anything is measured. Times are per lead. Run with {@code -prof gc} for
 * allocation per lead.
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
    private SyntheticLeads.Columns columns;
    private Profile[] profiles;
    private Engagement[] engagements;
    private List<ScoringInput> inputs;
    private Scorer scorer;
    private ScoringEngine engine;
    private ScoreTable table;
    private LeadBatch batch;
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
        // the rule set as a host would deploy it: written to JSON and loaded back, with the same validation
        String json = RuleSetJson.standard().write(B2bRules.ruleSet());
        rules = RuleSetJson.standard().read(json);
        if (!rules.equals(B2bRules.ruleSet())) {
            throw new IllegalStateException("the rule set changed on its way through JSON");
        }
        scorer = Scorer.compile(rules);
        engine = ScoringEngine.using(rules);
        table = new ScoreTable(LEADS);
        columns = new SyntheticLeads.Columns(leads);
        batch = LeadBatch.of(inputs);
        ScoreTable batchScores = new ScoreTable(LEADS);
        scorer.scoreInto(batch, NOW, batchScores);
        LeadBatch.Builder rows = LeadBatch.builder();
        for (SyntheticLeads.Lead lead : leads) {
            SyntheticLeads.addTo(rows, lead);
        }
        ScoreTable rowScores = new ScoreTable(LEADS);
        scorer.scoreInto(rows.build(), NOW, rowScores);
        long now = NOW.getEpochSecond();
        for (int i = 0; i < LEADS; i++) {
            long ours = scorer.score(profiles[i], engagements[i], NOW).totalCentipoints();
            long baseline = B2bRules.handWritten(leads[i], now);
            if (B2bRules.handWritten(columns, i, now) != baseline) {
                throw new IllegalStateException("lead " + i + ": hand-written over columns " + B2bRules.handWritten(columns, i, now)
                        + " but over fields " + baseline);
            }
            if (ours != baseline || batchScores.totalCentipoints(i) != baseline || rowScores.totalCentipoints(i) != baseline) {
                throw new IllegalStateException("lead " + i + ": crmkit " + ours + ", as a batch " + batchScores.totalCentipoints(i)
                        + ", filled row by row " + rowScores.totalCentipoints(i) + ", but hand-written " + baseline);
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

    /**
     * The same hand-written rules over {@link SyntheticLeads.Columns}: one array per field and flat event arrays, the
     * layout crmkit's {@link LeadBatch} uses, so the baseline for {@link #crmkitBatchInto}.
     */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long handWrittenColumns() {
        long now = NOW.getEpochSecond();
        long sum = 0;
        for (int i = 0; i < LEADS; i++) {
            sum += B2bRules.handWritten(columns, i, now);
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

    /** crmkit scoring a {@link LeadBatch} (the leads' profiles and events in flat arrays) into preallocated columns. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long crmkitBatchInto() {
        scorer.scoreInto(batch, NOW, table);
        return table.totalCentipoints(LEADS - 1);
    }

    /** Building each lead's {@link Profile} and {@link Engagement} from its plain fields, the input of lead-by-lead scoring. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long crmkitBuildProfilesAndHistories() {
        long sum = 0;
        for (SyntheticLeads.Lead lead : leads) {
            sum += SyntheticLeads.profile(lead).attributes().size() + SyntheticLeads.engagement(lead).size();
        }
        return sum;
    }

    /** Filling a {@link LeadBatch} row by row from the same plain fields, with no object per lead. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public LeadBatch crmkitBuildLeadBatchByRow() {
        LeadBatch.Builder rows = LeadBatch.builder();
        for (SyntheticLeads.Lead lead : leads) {
            SyntheticLeads.addTo(rows, lead);
        }
        return rows.build();
    }

    /** Building the {@link LeadBatch} of the 100,000 leads from their objects (once per batch, not per scoring). */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public LeadBatch crmkitBuildLeadBatch() {
        return LeadBatch.of(inputs);
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

    /** crmkit's engine scoring the list of leads on 2 threads (a LeadScore per lead). */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public int crmkitBatchTwoThreads() {
        return engine.scoreAll(inputs, NOW, 2).size();
    }

    /** crmkit's engine scoring the {@link LeadBatch} on 2 threads into a new table. */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long crmkitLeadBatchTwoThreads() {
        return engine.scoreAll(batch, NOW, 2).totalCentipoints(LEADS - 1);
    }

    /**
     * Drools (executable model), a stateless session per lead: each call inserts one lead and its events, fires
     * the rules, and reads the lead's capped total. Facts and checks: {@link DroolsState}.
     */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long droolsStatelessPerLead(DroolsState drools) {
        long sum = 0;
        for (int i = 0; i < LEADS; i++) {
            sum += drools.scoreOne(i);
        }
        return sum;
    }

    /**
     * Drools (executable model), a stateless session per batch of {@value DroolsState#BATCH} leads: one call
     * inserts the batch's leads and all their events, fires the rules once, and reads every lead's total. Facts and
     * checks: {@link DroolsState}.
     */
    @Benchmark
    @OperationsPerInvocation(LEADS)
    public long droolsBatchOf1000(DroolsState drools) {
        long sum = 0;
        for (int b = 0; b < LEADS / DroolsState.BATCH; b++) {
            sum += drools.scoreBatch(b);
        }
        return sum;
    }

    /** Compiling the 25-rule set (not per lead). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Scorer compileRuleSet() {
        return Scorer.compile(rules);
    }

    /**
     * The same 25 rules in Drools ({@code drools/b2b-rules.drl}, compiled to the executable model at set-up): a
     * {@link DroolsLead} fact per lead and a {@link DroolsEvent} fact per event, built once from the same leads (same
     * seed), as crmkit's inputs are; the rules add centipoints to the lead's per-group totals and a last rule applies
     * the caps. Each measured call clears the lead's totals, executes a stateless session (fresh working memory) and
     * reads the totals. Before anything is measured, every one of the {@value LeadScoringBenchmark#LEADS} leads is
     * scored both ways, one lead per session and in batches of {@value #BATCH}, and must equal the hand-written
     * score. Drools is measured on all the leads, like crmkit: one invocation of the per-lead method takes about two
     * seconds. Only the Drools methods use this state.
     */
    @State(Scope.Benchmark)
    public static class DroolsState {

        static final int BATCH = 1_000;

        private DroolsLead[] leads;
        private List<List<Object>> perLead;
        private List<List<Object>> perBatch;
        private StatelessKieSession session;

        @Setup(Level.Trial)
        public void setUp() {
            SyntheticLeads.Lead[] synthetic = SyntheticLeads.generate(LEADS, 7, NOW);
            leads = new DroolsLead[LEADS];
            perLead = new ArrayList<>(LEADS);
            perBatch = new ArrayList<>(LEADS / BATCH);
            for (int i = 0; i < LEADS; i++) {
                SyntheticLeads.Lead l = synthetic[i];
                DroolsLead lead = new DroolsLead(l.industry,
                        Double.isNaN(l.employees) ? null : l.employees, l.authority, l.title, l.emailDomain,
                        l.country, l.hasPhone);
                List<Object> facts = new ArrayList<>(1 + l.types.length);
                facts.add(lead);
                for (int e = 0; e < l.types.length; e++) {
                    facts.add(new DroolsEvent(lead, e, l.types[e], l.epochSeconds[e]));
                }
                leads[i] = lead;
                perLead.add(facts);
                if (i % BATCH == 0) {
                    perBatch.add(new ArrayList<>());
                }
                perBatch.get(i / BATCH).addAll(facts);
            }
            session = DroolsScoring.statelessSession(DroolsScoring.kieBase(), NOW.getEpochSecond());

            long now = NOW.getEpochSecond();
            for (int i = 0; i < LEADS; i++) {
                long drools = scoreOne(i);
                long baseline = B2bRules.handWritten(synthetic[i], now);
                if (drools != baseline) {
                    throw new IllegalStateException("lead " + i + ": Drools (per lead) " + drools
                            + " but hand-written " + baseline);
                }
            }
            for (int b = 0; b < LEADS / BATCH; b++) {
                scoreBatch(b);
                for (int i = b * BATCH; i < (b + 1) * BATCH; i++) {
                    long drools = leads[i].getTotal();
                    long baseline = B2bRules.handWritten(synthetic[i], now);
                    if (drools != baseline) {
                        throw new IllegalStateException("lead " + i + ": Drools (batch) " + drools
                                + " but hand-written " + baseline);
                    }
                }
            }
        }

        /** Scores lead {@code i} in a session of its own; returns its total in centipoints. */
        long scoreOne(int i) {
            DroolsLead lead = leads[i];
            lead.reset();
            session.execute(perLead.get(i));
            return lead.getTotal();
        }

        /** Scores batch {@code b} in one session; returns the sum of its leads' totals. */
        long scoreBatch(int b) {
            int from = b * BATCH;
            int to = from + BATCH;
            for (int i = from; i < to; i++) {
                leads[i].reset();
            }
            session.execute(perBatch.get(b));
            long sum = 0;
            for (int i = from; i < to; i++) {
                sum += leads[i].getTotal();
            }
            return sum;
        }
    }
}
