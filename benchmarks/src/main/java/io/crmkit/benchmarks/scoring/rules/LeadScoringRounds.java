package io.crmkit.benchmarks.scoring.rules;

import io.crmkit.scoring.json.RuleSetJson;
import io.crmkit.scoring.rules.Engagement;
import io.crmkit.scoring.rules.LeadBatch;
import io.crmkit.scoring.rules.Profile;
import io.crmkit.scoring.rules.ScoreTable;
import io.crmkit.scoring.rules.Scorer;
import io.crmkit.scoring.rules.ScoringInput;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A check of {@link LeadScoringBenchmark}'s main ratios that holds up on a busy machine: the hand-written if-chain and
 * crmkit's compiled rule set (lead by lead with {@code scoreInto}, and as a {@link LeadBatch}; neither allocates)
 * score the same leads in alternating rounds, and the fastest round of each is compared. Load from other processes only ever slows a round down, so the minimum over
 * a few hundred rounds is close to what each costs on a quiet machine, and both sides see the same conditions.
 * Every lead is checked to get the same score both ways first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.crmkit.benchmarks.scoring.rules.LeadScoringRounds
 * [leads=100000] [rounds=300] [drools]}. Prints the minimum and median nanoseconds per lead of each, and their
 * ratios. With {@code drools}, each round also scores the 100,000 leads with Drools in batches of 1,000 (its best
 * configuration, set up and checked as in the benchmark; about a second per round, so use a few dozen rounds).
 */
public final class LeadScoringRounds {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");

    private LeadScoringRounds() {
    }

    public static void main(String[] args) {
        int leads = args.length > 0 ? Integer.parseInt(args[0]) : LeadScoringBenchmark.LEADS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        LeadScoringBenchmark.DroolsState drools = null;
        if (args.length > 2 && args[2].equals("drools")) {
            if (leads != LeadScoringBenchmark.LEADS) {
                throw new IllegalArgumentException("Drools is set up for " + LeadScoringBenchmark.LEADS + " leads");
            }
            drools = new LeadScoringBenchmark.DroolsState();
            drools.setUp();
        }
        SyntheticLeads.Lead[] synthetic = SyntheticLeads.generate(leads, 7, NOW);
        Profile[] profiles = new Profile[leads];
        Engagement[] engagements = new Engagement[leads];
        List<ScoringInput> inputs = new ArrayList<>(leads);
        for (int i = 0; i < leads; i++) {
            profiles[i] = SyntheticLeads.profile(synthetic[i]);
            engagements[i] = SyntheticLeads.engagement(synthetic[i]);
            inputs.add(new ScoringInput(profiles[i], engagements[i]));
        }
        LeadBatch batch = LeadBatch.of(inputs);
        ScoreTable batchTable = new ScoreTable(leads);
        RuleSetJson json = RuleSetJson.standard();
        Scorer scorer = Scorer.compile(json.read(json.write(B2bRules.ruleSet())));
        ScoreTable table = new ScoreTable(leads);
        long now = NOW.getEpochSecond();
        scorer.scoreInto(batch, NOW, batchTable);
        for (int i = 0; i < leads; i++) {
            scorer.scoreInto(profiles[i], engagements[i], NOW, table, i);
            long expected = B2bRules.handWritten(synthetic[i], now);
            if (table.totalCentipoints(i) != expected || batchTable.totalCentipoints(i) != expected) {
                throw new IllegalStateException("lead " + i + ": crmkit " + table.totalCentipoints(i) + ", as a batch "
                        + batchTable.totalCentipoints(i) + ", but hand-written " + expected);
            }
        }
        // repeat in rounds so that many passes per round keep small batches long enough to time
        int passes = Math.max(1, 100_000 / leads);
        double[] hand = new double[rounds];
        double[] ours = new double[rounds];
        double[] ourBatch = new double[rounds];
        double[] peer = new double[rounds];
        long sink = 0;
        for (int r = -rounds / 5; r < rounds; r++) { // the first fifth warms up
            long t0 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                sink += handWritten(synthetic, now);
            }
            long t1 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                sink += crmkit(scorer, profiles, engagements, table);
            }
            long t2 = System.nanoTime();
            for (int p = 0; p < passes; p++) {
                scorer.scoreInto(batch, NOW, batchTable);
                sink += batchTable.totalCentipoints(leads - 1);
            }
            long t2b = System.nanoTime();
            if (drools != null) {
                for (int b = 0; b < leads / LeadScoringBenchmark.DroolsState.BATCH; b++) {
                    sink += drools.scoreBatch(b);
                }
            }
            long t3 = System.nanoTime();
            if (r >= 0) {
                hand[r] = (t1 - t0) / (double) (leads * passes);
                ours[r] = (t2 - t1) / (double) (leads * passes);
                ourBatch[r] = (t2b - t2) / (double) (leads * passes);
                peer[r] = (t3 - t2b) / (double) leads;
            }
        }
        Arrays.sort(hand);
        Arrays.sort(ours);
        Arrays.sort(ourBatch);
        Arrays.sort(peer);
        System.out.printf(Locale.ROOT, "%,d leads, %d rounds (checksum %d)%n", leads, rounds, sink);
        System.out.printf(Locale.ROOT, "hand-written  min %7.1f  median %7.1f ns/lead%n", hand[0], hand[rounds / 2]);
        System.out.printf(Locale.ROOT, "crmkit        min %7.1f  median %7.1f ns/lead%n", ours[0], ours[rounds / 2]);
        System.out.printf(Locale.ROOT, "crmkit batch  min %7.1f  median %7.1f ns/lead%n", ourBatch[0], ourBatch[rounds / 2]);
        System.out.printf(Locale.ROOT, "ratio         min %7.2f  median %7.2f (batch %.2f, %.2f)%n", ours[0] / hand[0],
                ours[rounds / 2] / hand[rounds / 2], ourBatch[0] / hand[0], ourBatch[rounds / 2] / hand[rounds / 2]);
        if (drools != null) {
            System.out.printf(Locale.ROOT, "Drools, batches of 1,000  min %9.1f  median %9.1f ns/lead%n", peer[0], peer[rounds / 2]);
            System.out.printf(Locale.ROOT, "Drools / crmkit        min %7.1f  median %7.1f%n", peer[0] / ours[0], peer[rounds / 2] / ours[rounds / 2]);
            System.out.printf(Locale.ROOT, "Drools / crmkit batch  min %7.1f  median %7.1f%n", peer[0] / ourBatch[0],
                    peer[rounds / 2] / ourBatch[rounds / 2]);
        }
    }

    private static long handWritten(SyntheticLeads.Lead[] leads, long now) {
        long sum = 0;
        for (SyntheticLeads.Lead lead : leads) {
            sum += B2bRules.handWritten(lead, now);
        }
        return sum;
    }

    private static long crmkit(Scorer scorer, Profile[] profiles, Engagement[] engagements, ScoreTable table) {
        for (int i = 0; i < profiles.length; i++) {
            scorer.scoreInto(profiles[i], engagements[i], NOW, table, i);
        }
        return table.totalCentipoints(profiles.length - 1);
    }
}
