package io.crmkit.benchmarks.scoring.customerbase;

import io.crmkit.scoring.customerbase.BgNbd;
import io.crmkit.scoring.customerbase.BgNbdModel;
import io.crmkit.scoring.customerbase.CustomerSummaries;
import io.crmkit.scoring.customerbase.CustomerSummary;
import io.crmkit.scoring.customerbase.FitResult;
import io.crmkit.scoring.customerbase.TransactionFile;
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

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * BG/NBD on CDNOW: the maximum-likelihood fit on the 2,357-customer sample and the 23,570-customer master file
 * (calibration to 1997-09-30), and P(alive) plus expected purchases over 52 weeks for 1,000,000 customers on one
 * thread, against a hand-written baseline of the textbook formulas in plain (not log-space) arithmetic. There is no
 * Java peer: the usual implementations are R's BTYD and Python's lifetimes. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CustomerBaseBenchmark {

    private static final int CUSTOMERS = 1_000_000;

    @Param({"sample", "master"})
    public String file;

    private List<CustomerSummary> summaries;
    private BgNbdModel model;
    private int[] x;
    private double[] tx;
    private double[] age;

    @Setup(Level.Trial)
    public void data() throws IOException {
        Path path = Path.of("../shared/datasets/cdnow", file.equals("sample") ? "CDNOW_sample.txt" : "CDNOW_master.txt");
        summaries = CustomerSummaries.of(TransactionFile.read(path), LocalDate.of(1997, 9, 30)).customers();
        FitResult<BgNbdModel> fit = BgNbd.fit(summaries);
        if (!fit.converged()) {
            throw new IllegalStateException("the BG/NBD fit did not converge: " + fit);
        }
        model = fit.model();
        // a million customers drawn from the file's own histories, so the mix is CDNOW's (many one-time buyers)
        Random random = new Random(42);
        x = new int[CUSTOMERS];
        tx = new double[CUSTOMERS];
        age = new double[CUSTOMERS];
        for (int i = 0; i < CUSTOMERS; i++) {
            CustomerSummary c = summaries.get(random.nextInt(summaries.size()));
            x[i] = c.frequency();
            tx[i] = c.recency();
            age[i] = c.age();
        }
        double crmkit = score();
        double baseline = baseline();
        if (Math.abs(crmkit - baseline) > 1e-6 * crmkit) {
            throw new IllegalStateException("crmkit and the baseline disagree: " + crmkit + " vs " + baseline);
        }
    }

    @Benchmark
    public FitResult<BgNbdModel> fit() {
        return BgNbd.fit(summaries);
    }

    /** Sum of P(alive) + expected purchases in 52 weeks over a million customers. */
    @Benchmark
    public double score() {
        double sum = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            sum += model.probabilityAlive(x[i], tx[i], age[i]) + model.expectedPurchases(52, x[i], tx[i], age[i]);
        }
        return sum;
    }

    /** The same with the formulas written out directly, as a host might: no log space, no guards. */
    @Benchmark
    public double baseline() {
        double r = model.r();
        double alpha = model.alpha();
        double a = model.a();
        double b = model.b();
        double t = 52;
        double sum = 0;
        for (int i = 0; i < CUSTOMERS; i++) {
            int xi = x[i];
            double alive = xi == 0 ? 1 : 1 / (1 + a / (b + xi - 1) * Math.pow((alpha + age[i]) / (alpha + tx[i]), r + xi));
            double z = t / (alpha + age[i] + t);
            double c = a + b + xi - 1;
            double term = 1;
            double f = 1;
            for (int n = 0; n < 100_000; n++) {
                term *= (r + xi + n) * (b + xi + n) / ((c + n) * (n + 1)) * z;
                f += term;
                if (term < 1e-17 * f && (r + xi + n + 1) * (b + xi + n + 1) * z < (c + n + 1) * (n + 2)) {
                    break;
                }
            }
            double expected = c / (a - 1) * (1 - Math.pow((alpha + age[i]) / (alpha + age[i] + t), r + xi) * f) * alive;
            sum += alive + expected;
        }
        return sum;
    }
}
