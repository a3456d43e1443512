package io.crmkit.testkit.contract;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.ConcurrentUpdateException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Bundle;
import io.crmkit.pricing.catalog.BundleComponent;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.port.ExchangeRate;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.port.PaidPrice;
import io.crmkit.pricing.port.PriceHistory;
import io.crmkit.pricing.port.TaxRate;
import io.crmkit.pricing.port.TaxRates;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.quote.Quote;
import io.crmkit.pricing.quote.QuoteId;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.quote.QuotePricer;
import io.crmkit.pricing.quote.QuoteVersion;
import io.crmkit.pricing.quote.port.QuoteSnapshot;
import io.crmkit.pricing.quote.port.Quotes;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PriceStep;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.WaterfallOptions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What crm-pricing expects of adapters of its ports ({@link ExchangeRates}, {@link TaxRates}, {@link PriceHistory} and
 * {@link Quotes}), checked through the ports: the rate for a day is the latest published on or before it, the most
 * specific tax category wins, prices paid come back newest first with their exact amounts, quote versions come back
 * equal to what was priced (every step, tax, warning and promotion code), and saving a stored version again is a
 * {@link ConcurrentUpdateException} that writes nothing.
 *
 * <p>Extend it with the adapters under test and a way to load what a host would load into them:
 * <pre>{@code
 * final class MyPricingPortsContractTest extends PricingPortsContract {
 *     protected ExchangeRates exchangeRates() { return store.exchangeRates(); }
 *     // ... the other ports
 *     protected void publish(ExchangeRate rate) { store.publish(rate); }
 *     // ... tax rates, prices paid, segments
 * }
 * }</pre>
 * The tests make their own data (fresh ids, their own regions, segments and currency pairs) and look only at it, so
 * the store may be shared by all tests of a class and need not be empty.
 */
public abstract class PricingPortsContract {

    private static final AtomicLong UNIQUE = new AtomicLong();
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate LAUNCH = LocalDate.of(2025, 1, 1);
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency USD = Currency.getInstance("USD");
    private static final Currency JPY = Currency.getInstance("JPY");

    private final ProductId server = ProductId.newId();
    private final ProductId disk = ProductId.newId();
    private final ProductId support = ProductId.newId();
    private final ProductId kit = ProductId.newId();
    private final ProductId seat = ProductId.newId();

    /** The exchange rates under test. */
    protected abstract ExchangeRates exchangeRates();

    /** The tax rates under test. */
    protected abstract TaxRates taxRates();

    /** The price history under test. */
    protected abstract PriceHistory priceHistory();

    /** The quote store under test. */
    protected abstract Quotes quotes();

    /** Publishes {@code rate} where {@link #exchangeRates()} reads, replacing one for the same pair and date. */
    protected abstract void publish(ExchangeRate rate);

    /** Sets {@code rate} where {@link #taxRates()} reads, replacing one for the same region, category and start. */
    protected abstract void setTaxRate(TaxRate rate);

    /** Records {@code paid} where {@link #priceHistory()} reads. */
    protected abstract void recordPaid(PaidPrice paid);

    /** Puts {@code account} in {@code segment} (replacing its earlier one): accounts of one segment are similar. */
    protected abstract void segment(AccountId account, String segment);

    // ---------------------------------------------------------------- exchange rates

    @Test
    void theRateForADayIsTheLatestPublishedOnOrBeforeIt() {
        publish(new ExchangeRate(USD, EUR, LocalDate.of(2026, 3, 2), new BigDecimal("0.9234567891")));
        publish(new ExchangeRate(USD, EUR, LocalDate.of(2026, 3, 6), new BigDecimal("0.9300")));

        ExchangeRates rates = exchangeRates();

        assertEquals(Optional.empty(), rates.rate(USD, EUR, LocalDate.of(2026, 3, 1)));
        assertEquals(Optional.of(new BigDecimal("0.9234567891")), rates.rate(USD, EUR, LocalDate.of(2026, 3, 2)));
        assertEquals(Optional.of(new BigDecimal("0.9234567891")), rates.rate(USD, EUR, LocalDate.of(2026, 3, 5)));
        assertEquals(Optional.of(new BigDecimal("0.93")), rates.rate(USD, EUR, LocalDate.of(2026, 3, 6)));
        assertEquals(Optional.of(new BigDecimal("0.93")), rates.rate(USD, EUR, LocalDate.of(2027, 1, 1)));
        assertEquals(Optional.empty(), rates.rate(EUR, USD, LocalDate.of(2026, 3, 6)), "the inverse is not made up");
        assertEquals(Optional.of(BigDecimal.ONE), rates.rate(JPY, JPY, LocalDate.of(2026, 3, 6)));
    }

    @Test
    void publishingARateForTheSameDayAgainReplacesIt() {
        Currency chf = Currency.getInstance("CHF");
        Currency sek = Currency.getInstance("SEK");
        publish(new ExchangeRate(chf, sek, DAY, new BigDecimal("11.80")));
        publish(new ExchangeRate(chf, sek, DAY, new BigDecimal("11.8125")));

        assertEquals(Optional.of(new BigDecimal("11.8125")), exchangeRates().rate(chf, sek, DAY));
        assertEquals(Optional.empty(), exchangeRates().rate(sek, chf, DAY));
    }

    @Test
    void largeAndTinyRatesKeepEveryDecimal() {
        Currency gbp = Currency.getInstance("GBP");
        Currency idr = Currency.getInstance("IDR");
        publish(new ExchangeRate(gbp, idr, DAY, new BigDecimal("20512.3456789012")));
        publish(new ExchangeRate(idr, gbp, DAY, new BigDecimal("0.0000487512")));

        assertEquals(Optional.of(new BigDecimal("20512.3456789012")), exchangeRates().rate(gbp, idr, DAY));
        assertEquals(Optional.of(new BigDecimal("0.0000487512")), exchangeRates().rate(idr, gbp, DAY));
    }

    // ---------------------------------------------------------------- tax rates

    @Test
    void theMostSpecificCategoryWinsAndForItTheLatestStart() {
        String region = unique("EU");
        setTaxRate(new TaxRate(region, Category.of("hardware"), LocalDate.of(2026, 1, 1), Percentage.of(19)));
        setTaxRate(new TaxRate(region, Category.of("hardware"), LocalDate.of(2026, 7, 1), Percentage.of(21)));
        setTaxRate(new TaxRate(region, Category.of("hardware/servers"), LocalDate.of(2026, 1, 1), Percentage.of("7.7")));
        setTaxRate(new TaxRate(unique("US"), Category.of("hardware"), LocalDate.of(2026, 1, 1), Percentage.of("8.875")));

        TaxRates rates = taxRates();

        assertEquals(Optional.of(Percentage.of(19)), rates.rate(region, Category.of("hardware/storage"), DAY));
        assertEquals(Optional.of(Percentage.of(19)), rates.rate(region, Category.of("hardware"), DAY));
        assertEquals(Optional.of(Percentage.of(21)), rates.rate(region, Category.of("hardware/storage"), LocalDate.of(2026, 7, 1)));
        assertEquals(Optional.of(Percentage.of("7.7")), rates.rate(region, Category.of("hardware/servers/rack"), LocalDate.of(2026, 8, 1)));
        assertEquals(Optional.empty(), rates.rate(region, Category.of("hardware"), LocalDate.of(2025, 12, 31)));
        assertEquals(Optional.empty(), rates.rate(region, Category.of("software"), DAY));
        assertEquals(Optional.empty(), rates.rate(region, Category.of("hardwarex"), DAY), "a category is not within a longer name");
        assertEquals(Optional.empty(), rates.rate(unique("APAC"), Category.of("hardware"), DAY));
    }

    @Test
    void settingATaxRateForTheSameStartAgainReplacesIt() {
        String region = unique("UK");
        setTaxRate(new TaxRate(region, Category.of("services"), DAY, Percentage.of(20)));
        setTaxRate(new TaxRate(region, Category.of("services"), DAY, Percentage.of("17.5")));

        assertEquals(Optional.of(Percentage.of("17.5")), taxRates().rate(region, Category.of("services/support"), DAY));
    }

    // ---------------------------------------------------------------- price history

    @Test
    void pricesPaidComeBackNewestFirstForThatAccountAndProductOnly() {
        AccountId acme = AccountId.newId();
        AccountId globex = AccountId.newId();
        PaidPrice march = new PaidPrice(acme, server, Money.of("3800.00", "EUR"), 2, LocalDate.of(2026, 3, 2));
        PaidPrice january = new PaidPrice(acme, server, Money.of("3900.50", "EUR"), 1, LocalDate.of(2026, 1, 15));
        PaidPrice june = new PaidPrice(acme, server, Money.of("3750.00", "EUR"), 5, LocalDate.of(2025, 6, 30));
        recordPaid(march);
        recordPaid(june);
        recordPaid(january);
        recordPaid(new PaidPrice(acme, disk, Money.of("140.00", "EUR"), 8, LocalDate.of(2026, 2, 1)));
        recordPaid(new PaidPrice(globex, server, Money.of("3700.00", "EUR"), 1, LocalDate.of(2026, 2, 1)));

        assertEquals(List.of(march, january, june), priceHistory().paidBy(acme, server));
        assertEquals(List.of(), priceHistory().paidBy(acme, seat));
        assertEquals(List.of(), priceHistory().paidBy(AccountId.newId(), server));
    }

    @Test
    void pricesPaidKeepTheirCurrencyAndItsScale() {
        AccountId account = AccountId.newId();
        PaidPrice yen = new PaidPrice(account, server, Money.of("612345", "JPY"), 1, LocalDate.of(2026, 3, 3));
        PaidPrice dinar = new PaidPrice(account, server, Money.of("1520.125", "BHD"), 1, LocalDate.of(2026, 3, 2));
        PaidPrice cents = new PaidPrice(account, server, Money.of("0.10", "USD"), 1_000_000_000L, LocalDate.of(2026, 3, 1));
        recordPaid(yen);
        recordPaid(dinar);
        recordPaid(cents);

        List<PaidPrice> found = priceHistory().paidBy(account, server);

        assertEquals(List.of(yen, dinar, cents), found);
        assertEquals(List.of("612345", "1520.125", "0.10"), found.stream().map(p -> p.unitPrice().amount().toPlainString()).toList());
    }

    @Test
    void similarAccountsAreThoseOfTheSameSegmentButNotTheAccountItself() {
        String manufacturers = unique("manufacturing-large");
        AccountId acme = AccountId.newId();
        AccountId initech = AccountId.newId();
        AccountId hooli = AccountId.newId();
        AccountId umbrella = AccountId.newId();
        segment(acme, manufacturers);
        segment(initech, manufacturers);
        segment(hooli, manufacturers);
        segment(umbrella, unique("pharma"));
        PaidPrice own = new PaidPrice(acme, server, Money.of("3800.00", "EUR"), 1, LocalDate.of(2026, 3, 1));
        PaidPrice initechPaid = new PaidPrice(initech, server, Money.of("3650.00", "EUR"), 3, LocalDate.of(2026, 1, 10));
        PaidPrice hooliPaid = new PaidPrice(hooli, server, Money.of("3720.00", "EUR"), 2, LocalDate.of(2026, 2, 20));
        recordPaid(own);
        recordPaid(initechPaid);
        recordPaid(hooliPaid);
        recordPaid(new PaidPrice(umbrella, server, Money.of("3100.00", "EUR"), 1, LocalDate.of(2026, 2, 25)));
        recordPaid(new PaidPrice(hooli, disk, Money.of("120.00", "EUR"), 1, LocalDate.of(2026, 2, 25)));

        assertEquals(List.of(hooliPaid, initechPaid), priceHistory().paidBySimilar(acme, server));
        assertEquals(List.of(own, hooliPaid), priceHistory().paidBySimilar(initech, server));
        assertEquals(List.of(), priceHistory().paidBySimilar(AccountId.newId(), server), "an account in no segment has no peers");

        segment(hooli, unique("retail"));

        assertEquals(List.of(initechPaid), priceHistory().paidBySimilar(acme, server));
    }

    // ---------------------------------------------------------------- quotes

    @Test
    void quoteVersionsAreFoundAgainEqualWithEveryStepTaxAndWarning() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());
        QuoteSnapshot first = QuoteSnapshot.of(quote, 1);
        QuoteSnapshot second = QuoteSnapshot.of(quote, 2);
        assertFalse(second.version().priced().allWarnings().isEmpty(), "the fixture quote has warnings to store");

        quotes().save(first);
        quotes().save(second);

        assertEquals(Optional.of(first), quotes().find(quote.id(), 1));
        assertEquals(Optional.of(second), quotes().find(quote.id(), 2));
        assertEquals(Optional.of(second), quotes().latest(quote.id()));
        assertEquals(List.of(first, second), quotes().versions(quote.id()));
        assertEquals(quote.current().priced().totals(), quotes().latest(quote.id()).orElseThrow().version().priced().totals());
    }

    @Test
    void quoteVersionsKeepTheirPromotionCodesInOrderWithTheirSteps() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant(), List.of("SPRING10", "WINTER99"), List.of("LOYAL5", "SPRING10"));
        QuoteSnapshot first = QuoteSnapshot.of(quote, 1);
        QuoteSnapshot second = QuoteSnapshot.of(quote, 2);

        quotes().save(first);
        quotes().save(second);

        QuoteVersion one = quotes().find(quote.id(), 1).orElseThrow().version();
        QuoteVersion two = quotes().find(quote.id(), 2).orElseThrow().version();
        assertEquals(List.of("SPRING10", "WINTER99"), one.promotionCodes());
        assertEquals(List.of("LOYAL5", "SPRING10"), two.promotionCodes());
        assertEquals(List.of("promotion:LOYAL5", "promotion:SPRING10"), promotionSources(two));
        assertTrue(one.priced().warnings().stream().anyMatch(w -> w.message().contains("WINTER99")), one.priced().warnings().toString());
        assertEquals(List.of(first, second), quotes().versions(quote.id()));
    }

    @Test
    void aQuoteVersionWithoutPromotionCodesComesBackWithNone() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant(), List.of("SPRING10"), List.of());
        quotes().save(QuoteSnapshot.of(quote, 1));
        quotes().save(QuoteSnapshot.of(quote, 2));

        assertEquals(List.of("SPRING10"), quotes().find(quote.id(), 1).orElseThrow().version().promotionCodes());
        assertEquals(List.of(), quotes().latest(quote.id()).orElseThrow().version().promotionCodes());
        assertEquals(List.of(), promotionSources(quotes().latest(quote.id()).orElseThrow().version()));
    }

    private static List<String> promotionSources(QuoteVersion version) {
        return version.priced().lines().get(0).price().steps().stream().map(PriceStep::source).filter(s -> s.startsWith("promotion:")).toList();
    }

    @Test
    void unknownQuotesAndVersionsAreEmpty() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());
        quotes().save(QuoteSnapshot.of(quote, 1));

        assertEquals(Optional.empty(), quotes().find(quote.id(), 2));
        assertEquals(Optional.empty(), quotes().find(quote.id(), 0));
        assertEquals(Optional.empty(), quotes().find(QuoteId.newId(), 1));
        assertEquals(Optional.empty(), quotes().latest(QuoteId.newId()));
        assertEquals(List.of(), quotes().versions(QuoteId.newId()));
        assertEquals(List.of(), quotes().ofAccount(AccountId.newId()));
    }

    @Test
    void savingAStoredVersionAgainIsAConflictAndWritesNothing() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());
        QuoteSnapshot first = QuoteSnapshot.of(quote, 1);
        QuoteVersion second = quote.versionNumber(2);
        QuoteSnapshot rival = new QuoteSnapshot(quote.id(), quote.buyer(), EUR, new QuoteVersion(1, second.pricingDate(),
                second.validUntil(), second.lines(), second.priced(), second.createdAt()));
        quotes().save(first);
        quotes().save(QuoteSnapshot.of(quote, 2));

        ConcurrentUpdateException again = assertThrows(ConcurrentUpdateException.class, () -> quotes().save(first));
        ConcurrentUpdateException older = assertThrows(ConcurrentUpdateException.class, () -> quotes().save(rival));

        assertEquals(0, again.expectedVersion());
        assertEquals(2, again.actualVersion());
        assertTrue(again.aggregate().contains(quote.id().toString()), again.getMessage());
        assertEquals(0, older.expectedVersion());
        assertEquals(Optional.of(first), quotes().find(quote.id(), 1));
        assertEquals(2, quotes().versions(quote.id()).size());
    }

    @Test
    void aVersionAfterAGapIsRejectedAndNothingIsStored() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());

        IllegalArgumentException gap = assertThrows(IllegalArgumentException.class, () -> quotes().save(QuoteSnapshot.of(quote, 2)));

        assertTrue(gap.getMessage().contains("version 2") && gap.getMessage().contains("next is 1"), gap.getMessage());
        assertEquals(List.of(), quotes().versions(quote.id()));
    }

    @Test
    void aLaterVersionForAnotherAccountIsRejected() {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());
        quotes().save(QuoteSnapshot.of(quote, 1));
        Buyer other = Buyer.of(AccountId.newId(), Tier.GOLD, "EMEA", "direct");

        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> quotes().save(new QuoteSnapshot(quote.id(), other, EUR, quote.versionNumber(2))));

        assertTrue(wrong.getMessage().contains(other.account().toString()), wrong.getMessage());
        assertEquals(1, quotes().versions(quote.id()).size());
    }

    @Test
    void anAccountsQuotesComeBackAtTheirLatestVersionOldestQuoteFirst() {
        AccountId account = AccountId.newId();
        Instant first = instant();
        Quote older = revisedQuote(account, EUR, first);
        Quote newer = revisedQuote(account, JPY, first.plusSeconds(3600));
        Quote someoneElses = revisedQuote(AccountId.newId(), EUR, first.plusSeconds(60));
        quotes().save(QuoteSnapshot.of(newer, 1));
        quotes().save(QuoteSnapshot.of(older, 1));
        quotes().save(QuoteSnapshot.of(someoneElses, 1));
        quotes().save(QuoteSnapshot.of(older, 2));

        List<QuoteSnapshot> found = quotes().ofAccount(account);

        assertEquals(List.of(QuoteSnapshot.of(older, 2), QuoteSnapshot.of(newer, 1)), found);
        assertEquals("JPY", found.get(1).version().priced().totals().grandTotal().currency().getCurrencyCode());
        assertEquals(0, found.get(1).version().priced().totals().grandTotal().amount().scale());
    }

    @Test
    void ofSellersRevisingTheSameVersionAtOnceExactlyOneWins() throws Exception {
        Quote quote = revisedQuote(AccountId.newId(), EUR, instant());
        quotes().save(QuoteSnapshot.of(quote, 1));
        int sellers = 4;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(sellers);
        try {
            List<Future<Boolean>> outcomes = new ArrayList<>();
            for (int i = 0; i < sellers; i++) {
                Callable<Boolean> save = () -> {
                    start.await();
                    try {
                        quotes().save(QuoteSnapshot.of(quote, 2));
                        return true;
                    } catch (ConcurrentUpdateException lost) {
                        return false;
                    }
                };
                outcomes.add(pool.submit(save));
            }
            start.countDown();
            long winners = 0;
            for (Future<Boolean> outcome : outcomes) {
                winners += outcome.get(30, TimeUnit.SECONDS) ? 1 : 0;
            }

            assertEquals(1, winners);
            assertEquals(List.of(QuoteSnapshot.of(quote, 1), QuoteSnapshot.of(quote, 2)), quotes().versions(quote.id()));
        } finally {
            pool.shutdownNow();
        }
    }

    // ---------------------------------------------------------------- fixtures

    private static String unique(String prefix) {
        return prefix + "-" + UNIQUE.incrementAndGet() + "-" + Long.toHexString(System.nanoTime() & 0xffffff);
    }

    private static Instant instant() {
        return Instant.parse("2026-03-02T09:00:00Z").plusSeconds(UNIQUE.incrementAndGet() * 86_400);
    }

    /**
     * A quote revised once: hardware with a bundle (fixed price over its components, an optional one chosen), a rule
     * discount, percentage and per-unit manual discounts, a partner discount, a line below the margin warning and
     * software taxed at a reduced rate.
     */
    private Quote revisedQuote(AccountId account, Currency currency, Instant at) {
        return revisedQuote(account, currency, at, List.of(), List.of());
    }

    /** {@link #revisedQuote(AccountId, Currency, Instant)} drafted with {@code draftCodes} and revised with {@code revisedCodes}. */
    private Quote revisedQuote(AccountId account, Currency currency, Instant at, List<String> draftCodes, List<String> revisedCodes) {
        QuotePricer pricer = pricer();
        Buyer buyer = Buyer.of(account, Tier.GOLD, "EMEA", "partner").inGroups("manufacturing")
                .throughChannel(Percentage.of(5), Percentage.ZERO);
        List<QuoteLine> lines = List.of(
                new QuoteLine("Hardware", LineRequest.of("servers", server, 4)),
                new QuoteLine("Hardware", LineRequest.of("kit", kit, 2).withOptions(support)),
                new QuoteLine("Software", LineRequest.of("seats", seat, 120).withTermMonths(12)));
        Quote drafted = Quote.draft(QuoteId.newId(), buyer, currency, DAY, DAY.plusDays(30), lines, draftCodes, pricer, at).aggregate();
        List<QuoteLine> revised = List.of(
                new QuoteLine("Hardware", LineRequest.of("servers", server, 5).withDiscount(ManualDiscount.percent(Percentage.of("12.5")))),
                new QuoteLine("Hardware", LineRequest.of("disks", disk, 16)
                        .withDiscount(ManualDiscount.amountPerUnit(Money.of(BigDecimal.valueOf(60), currency))).withPriorQuantity(40)),
                new QuoteLine("Software", LineRequest.of("seats", seat, 150).withTermMonths(24).withBelowFloorApproved()));
        return drafted.submit(true, at.plusSeconds(60)).aggregate()
                .revise(revised, revisedCodes, DAY.plusDays(1), DAY.plusDays(45), pricer, at.plusSeconds(120)).aggregate();
    }

    private QuotePricer pricer() {
        Catalog catalog = Catalog.builder()
                .product(product(server, "SRV-R740", "2400.00", "hardware/servers"))
                .product(product(disk, "SSD-1TB", "80.00", "hardware/storage"))
                .product(product(support, "SUP-24x7", "150.00", "services/support"))
                .product(product(kit, "KIT-START", "0.00", "hardware/bundles"))
                .product(Product.of(seat, "CRM-SEAT", "CRM seat", "seat/month", Money.of("4.00", "EUR"), Category.of("software/crm"), LAUNCH))
                .bundle(new Bundle(kit, List.of(BundleComponent.required(server, 1), BundleComponent.required(disk, 4),
                        BundleComponent.optional(support, 1)), Bundle.BundlePricing.FIXED_PRICE))
                .build();
        PriceBook.Builder book = PriceBook.builder("standard", "Standard");
        for (Currency c : List.of(EUR, JPY)) {
            BigDecimal rate = c.equals(EUR) ? BigDecimal.ONE : BigDecimal.valueOf(160);
            book.price(server, Money.of(new BigDecimal("4000.00").multiply(rate), c, java.math.RoundingMode.HALF_UP), LAUNCH)
                    .price(disk, Money.of(new BigDecimal("150.00").multiply(rate), c, java.math.RoundingMode.HALF_UP), LAUNCH)
                    .price(support, Money.of(new BigDecimal("500.00").multiply(rate), c, java.math.RoundingMode.HALF_UP), LAUNCH)
                    .price(kit, Money.of(new BigDecimal("4333.33").multiply(rate), c, java.math.RoundingMode.HALF_UP), LAUNCH)
                    .price(seat, Money.of(new BigDecimal("10.00").multiply(rate), c, java.math.RoundingMode.HALF_UP), LAUNCH);
        }
        PriceRules rules = PriceRules.builder("contract-rules", 1)
                .rule("gold-hardware", r -> r.name("Gold accounts: 7% off hardware").priority(10)
                        .when(Condition.accountTier(Tier.GOLD)).when(Condition.category(Category.of("hardware")))
                        .then(PriceAction.discount(Percentage.of(7))))
                .build();
        ExchangeRates rates = (from, to, date) -> from.equals(to) ? Optional.of(BigDecimal.ONE)
                : from.equals(EUR) && to.equals(JPY) ? Optional.of(BigDecimal.valueOf(160)) : Optional.empty();
        PricingEngine engine = PricingEngine.builder(catalog, book.build()).rules(rules).exchangeRates(rates)
                .promotion(new Promotion("SPRING10", LAUNCH, Optional.empty(), new Promotion.OrderPercent(Percentage.of(10))))
                .promotion(new Promotion("LOYAL5", LAUNCH, Optional.empty(), new Promotion.OrderPercent(Percentage.of(5))))
                .options(WaterfallOptions.ofDefaults().withMarginWarningBelow(Percentage.of(30))).build();
        TaxRates vat = (region, category, date) -> Optional.of(category.isWithin(Category.of("software")) ? Percentage.of(7) : Percentage.of(19));
        return QuotePricer.of(engine, vat);
    }

    private static Product product(ProductId id, String sku, String cost, String category) {
        return Product.of(id, sku, sku + " product", "each", Money.of(cost, "EUR"), Category.of(category), LAUNCH);
    }
}
