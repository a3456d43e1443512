package io.crmkit.benchmarks.dedupe;

import io.crmkit.core.dedupe.DuplicateScan;
import io.crmkit.core.dedupe.Match;
import io.crmkit.core.dedupe.MatchConfig;
import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.dedupe.ScanResult;
import io.crmkit.core.dedupe.Verdict;
import io.crmkit.core.lead.Lead;
import io.crmkit.testkit.fixture.DuplicateFixtures;
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
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scanning leads for duplicates: crmkit's blocked {@link DuplicateScan} over 100,000 generated leads with realistic
 * near-duplicates ({@link DuplicateFixtures}: a third of the people have one or two more records with typos, changed
 * case and spacing, other legal suffixes, swapped or CJK names, missing e-mails and phones; colleagues share companies,
 * domains and common names), and on a 1,000-lead slice against the hand-written baseline a host would write first:
 * every pair compared with the same matcher (O(n^2)). Setup checks that the scan finds every SAME pair the baseline
 * finds on the slice before anything is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class DuplicateScanBenchmark {

    private static final int SLICE = 1_000;

    private final Matcher matcher = Matcher.of(MatchConfig.ofDefaults());
    private List<Lead> all;
    private List<Lead> slice;

    @Setup(Level.Trial)
    public void data() {
        all = DuplicateFixtures.generate(72_700, 0.3, 42).leads();
        slice = all.subList(0, SLICE);
        long scanSame = DuplicateScan.using(matcher).scan(slice).clusters().stream()
                .mapToLong(c -> (long) c.members().size() * (c.members().size() - 1) / 2).sum();
        long pairs = allPairs();
        if (scanSame < pairs) {
            throw new IllegalStateException("the scan found " + scanSame + " SAME pairs on the slice, all pairs found " + pairs);
        }
        System.out.println("leads: " + all.size() + ", slice SAME pairs: " + pairs);
    }

    /** crmkit: 100,000 leads, blocked, clustered. */
    @Benchmark
    public ScanResult scan100k() {
        return DuplicateScan.using(matcher).scan(all);
    }

    /** crmkit: 100,000 leads, the groups compared on the common fork-join pool (both cores). */
    @Benchmark
    public ScanResult scan100kParallel() {
        return DuplicateScan.using(matcher).parallel(true).scan(all);
    }

    /** crmkit on the slice. */
    @Benchmark
    public ScanResult scanSlice() {
        return DuplicateScan.using(matcher).scan(slice);
    }

    /** Baseline on the slice: every pair compared, SAME pairs counted. */
    @Benchmark
    public long allPairsSlice() {
        return allPairs();
    }

    private long allPairs() {
        long same = 0;
        for (int i = 0; i < slice.size(); i++) {
            for (int j = i + 1; j < slice.size(); j++) {
                Match m = matcher.compare(slice.get(i), slice.get(j));
                if (m.verdict() == Verdict.SAME) {
                    same++;
                }
            }
        }
        return same;
    }
}
