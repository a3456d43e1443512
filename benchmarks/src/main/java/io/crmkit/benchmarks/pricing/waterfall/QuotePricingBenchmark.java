package io.crmkit.benchmarks.pricing.waterfall;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.ContractedPrice;
import io.crmkit.pricing.pricebook.ContractedPrices;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRule;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LinePrice;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.PricedLines;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.PricingRequest;
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
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * Pricing a whole quote through the waterfall on one thread: 500 products in 50 categories, 200 price rules
 * (category, quantity and tier conditions; percent discounts, a few flat set-price rules, some minimum clamps), a
 * Slab volume schedule per top-level category, contracted prices on 10% of the products, a 10% margin floor and a
 * 5% partner discount. Lines pick products Zipf-like (a few products on most lines) with log-normal quantities.
 * <p>
 * The baseline is hand-written code doing the same arithmetic in long cents over arrays prepared in setup (no
 * explanation, no validation, no Money objects); setup checks that both give every line the same net amount.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class QuotePricingBenchmark {

    private static final int PRODUCTS = 500;
    private static final int TOP = 10;
    private static final int SUB = 5;
    private static final int RULES = 200;
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final Currency EUR = Money.currency("EUR");
    private static final int[] SLAB_FROM = {1, 10, 50, 200};
    private static final int[][] SLAB_PERCENT = {{0, 5, 10, 15}, {0, 3, 6, 9}, {0, 2, 4, 8}};

    @Param({"1000", "10000"})
    public int lines;

    private PricingEngine engine;
    private PricingRequest request;

    // the baseline's arrays
    private long[] listCents;
    private long[] costCents;
    private long[] contractCents; // -1 if none
    private int[] topOf;
    private int[] subOf;
    private int[] ruleTop;      // -1 if the rule is on a sub-category
    private int[] ruleSub;      // -1 if the rule is on a top-level category
    private long[] ruleMinQty;
    private boolean[] ruleTierMatches;
    private int[] rulePercent;  // -1 for a flat set-price rule
    private int[] ruleProduct;  // the product of a flat rule
    private long[] ruleSetCents;
    private long[] ruleMinCents; // -1 if no clamp
    private int[] lineProduct;
    private long[] lineQty;

    @Setup(Level.Trial)
    public void data() {
        Random random = new Random(42);
        Catalog.Builder catalog = Catalog.builder();
        PriceBook.Builder book = PriceBook.builder("standard", "Standard");
        ProductId[] ids = new ProductId[PRODUCTS];
        listCents = new long[PRODUCTS];
        costCents = new long[PRODUCTS];
        contractCents = new long[PRODUCTS];
        topOf = new int[PRODUCTS];
        subOf = new int[PRODUCTS];
        List<ContractedPrice> contracts = new ArrayList<>();
        AccountId account = AccountId.of("01900000-0000-7000-8000-0000000000a1");
        for (int p = 0; p < PRODUCTS; p++) {
            ids[p] = ProductId.of(String.format("01900000-0000-7000-8000-%012d", p + 1));
            topOf[p] = random.nextInt(TOP);
            subOf[p] = topOf[p] * SUB + random.nextInt(SUB);
            listCents[p] = Math.round(Math.exp(3 + random.nextGaussian() * 1.5) * 100) + 99;
            costCents[p] = listCents[p] * (40 + random.nextInt(35)) / 100;
            catalog.product(Product.of(ids[p], "SKU-" + p, "Product " + p, "each", Money.ofMinor(costCents[p], EUR),
                    Category.of("c" + topOf[p] + "/s" + subOf[p]), LocalDate.of(2025, 1, 1)));
            book.price(ids[p], Money.ofMinor(listCents[p], EUR), LocalDate.of(2025, 1, 1));
            contractCents[p] = -1;
            if (random.nextInt(10) == 0) {
                contractCents[p] = listCents[p] * 85 / 100;
                contracts.add(new ContractedPrice(account, ids[p], Money.ofMinor(contractCents[p], EUR), LocalDate.of(2025, 1, 1), Optional.empty()));
            }
        }
        List<PriceRule> rules = new ArrayList<>();
        ruleTop = new int[RULES];
        ruleSub = new int[RULES];
        ruleMinQty = new long[RULES];
        ruleTierMatches = new boolean[RULES];
        rulePercent = new int[RULES];
        ruleProduct = new int[RULES];
        ruleSetCents = new long[RULES];
        ruleMinCents = new long[RULES];
        long[] minQtys = {1, 1, 5, 10, 50};
        for (int r = 0; r < RULES; r++) {
            PriceRule.Builder rule = PriceRule.builder(String.format("r%03d", r)).priority(r);
            ruleTop[r] = -1;
            ruleSub[r] = -1;
            ruleMinCents[r] = -1;
            ruleTierMatches[r] = true;
            if (r % 20 == 19) { // a flat promotional price on one product
                int p = random.nextInt(PRODUCTS);
                ruleProduct[r] = p;
                rulePercent[r] = -1;
                ruleSetCents[r] = listCents[p] * 80 / 100;
                rule.when(Condition.product(ids[p])).then(PriceAction.setPrice(Money.ofMinor(ruleSetCents[r], EUR)));
            } else {
                if (random.nextBoolean()) {
                    ruleTop[r] = random.nextInt(TOP);
                    rule.when(Condition.category(Category.of("c" + ruleTop[r])));
                } else {
                    ruleSub[r] = random.nextInt(TOP * SUB);
                    rule.when(Condition.category(Category.of("c" + (ruleSub[r] / SUB) + "/s" + ruleSub[r])));
                }
                ruleMinQty[r] = minQtys[random.nextInt(minQtys.length)];
                rule.when(Condition.quantityAtLeast(ruleMinQty[r]));
                if (random.nextInt(10) < 3) {
                    boolean gold = random.nextBoolean();
                    ruleTierMatches[r] = gold;
                    rule.when(Condition.accountTier(gold ? Tier.GOLD : Tier.SILVER));
                }
                rulePercent[r] = 1 + random.nextInt(8);
                rule.then(PriceAction.discount(Percentage.of(rulePercent[r])));
                if (random.nextInt(5) == 0) {
                    ruleMinCents[r] = 500 + random.nextInt(2000);
                    rule.atLeast(Money.ofMinor(ruleMinCents[r], EUR));
                }
            }
            rules.add(rule.build());
        }
        PricingEngine.Builder builder = PricingEngine.builder(catalog.build(), book.build())
                .contractedPrices(ContractedPrices.of(contracts))
                .rules(new PriceRules("bench", 1, rules, Optional.of(Percentage.of(10))));
        for (int t = 0; t < TOP; t++) {
            int[] percents = SLAB_PERCENT[t % SLAB_PERCENT.length];
            builder.schedule(Category.of("c" + t), DiscountSchedule.builder("slab-" + t, DiscountSchedule.Method.SLAB)
                    .tier(SLAB_FROM[0], SLAB_FROM[1], TierDiscount.percent(percents[0]))
                    .tier(SLAB_FROM[1], SLAB_FROM[2], TierDiscount.percent(percents[1]))
                    .tier(SLAB_FROM[2], SLAB_FROM[3], TierDiscount.percent(percents[2]))
                    .tierFrom(SLAB_FROM[3], TierDiscount.percent(percents[3])).build());
        }
        engine = builder.build();

        lineProduct = new int[lines];
        lineQty = new long[lines];
        List<LineRequest> requests = new ArrayList<>(lines);
        for (int i = 0; i < lines; i++) {
            lineProduct[i] = (int) Math.min(PRODUCTS - 1, Math.floor(Math.pow(random.nextDouble(), 3) * PRODUCTS)); // skewed
            lineQty[i] = Math.max(1, Math.round(Math.exp(random.nextGaussian() * 1.3 + 1.5)));
            requests.add(LineRequest.of("l" + i, ids[lineProduct[i]], lineQty[i]));
        }
        Buyer buyer = Buyer.of(account, Tier.GOLD, "EMEA", "partner").throughChannel(Percentage.of(5), Percentage.ZERO);
        request = new PricingRequest(buyer, EUR, DAY, requests);

        // both must agree on every line before anything is measured
        PricedLines priced = engine.price(request);
        long[] baseline = new long[lines];
        baseline(baseline);
        for (int i = 0; i < lines; i++) {
            LinePrice line = priced.lines().get(i);
            if (line.net().minorUnits() != baseline[i]) {
                throw new IllegalStateException("line " + i + " (product " + lineProduct[i] + " x " + lineQty[i] + "): crmkit " + line.net()
                        + " baseline " + baseline[i] + " cents; steps " + line.steps());
            }
        }
    }

    @Benchmark
    public PricedLines crmkit() {
        return engine.price(request);
    }

    @Benchmark
    public long[] handWritten() {
        long[] net = new long[lines];
        baseline(net);
        return net;
    }

    /** The same waterfall in long cents, rounding half up once per step like crmkit. */
    private void baseline(long[] net) {
        for (int i = 0; i < lines; i++) {
            int p = lineProduct[i];
            long q = lineQty[i];
            long unit = listCents[p];
            long amount;
            if (contractCents[p] >= 0) {
                amount = contractCents[p] * q;
            } else {
                long before = unit * q;
                // slab: hundredths of a cent, rounded once
                int[] percents = SLAB_PERCENT[topOf[p] % SLAB_PERCENT.length];
                long exact = 0;
                for (int t = 0; t < SLAB_FROM.length; t++) {
                    long lo = Math.max(1, SLAB_FROM[t]);
                    long hi = t + 1 < SLAB_FROM.length ? Math.min(q, SLAB_FROM[t + 1] - 1) : q;
                    if (hi >= lo) {
                        exact += (hi - lo + 1) * unit * (100 - percents[t]);
                    }
                }
                amount = (exact + 50) / 100;
                for (int r = 0; r < RULES; r++) {
                    if (rulePercent[r] < 0) {
                        if (ruleProduct[r] == p) {
                            amount = ruleSetCents[r] * q;
                            break;
                        }
                        continue;
                    }
                    boolean category = ruleTop[r] >= 0 ? topOf[p] == ruleTop[r] : subOf[p] == ruleSub[r];
                    if (category && q >= ruleMinQty[r] && ruleTierMatches[r]) {
                        amount = (amount * (100 - rulePercent[r]) + 50) / 100;
                        if (ruleMinCents[r] >= 0 && amount < ruleMinCents[r] * q) {
                            amount = ruleMinCents[r] * q;
                        }
                    }
                }
                long floor = (costCents[p] * q * 10 + 8) / 9;
                long limit = Math.min(floor, before);
                if (amount < limit) {
                    amount = limit;
                }
            }
            net[i] = (amount * 95 + 50) / 100;
        }
    }
}
