package io.crmkit.scoring.customerbase;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's customer lifetime value example, verbatim, on the CDNOW sample. */
final class ReadmeExampleTest {

    @Test
    void scoresACdnowCustomer() throws Exception {
        List<Transaction> log = TransactionFile.read(Path.of("../../shared/datasets/cdnow/CDNOW_sample.txt"));
        CustomerSummaries base = CustomerSummaries.of(log, LocalDate.of(1997, 9, 30));   // weeks; one purchase a day
        FitResult<BgNbdModel> purchases = BgNbd.fit(base.customers());                 // r=0.243 alpha=4.414 a=0.793 b=2.426
        FitResult<GammaGammaModel> spend = GammaGamma.fit(base.customers());           // p=6.25 q=3.74 gamma=15.44
        CustomerSummary customer = base.customer("1").orElseThrow();                   // x=2, t_x=30.43, T=38.86
        double alive = purchases.model().probabilityAlive(customer);                   // 0.73
        double nextYear = purchases.model().expectedPurchases(52, customer);           // purchases in 52 weeks
        double clv = LifetimeValue.monthly(12, 0.10).of(purchases.model(), spend.model(), customer);

        assertTrue(purchases.converged() && spend.converged());
        assertEquals(0.73, alive, 0.005);
        assertTrue(nextYear > 1 && nextYear < 2, "customer 1 bought twice in 39 weeks: " + nextYear);
        assertEquals(nextYear * spend.model().expectedAverageSpend(customer), clv, 0.06 * clv, "12 months discounted at 10%");
    }
}
