package io.crmkit.pricing.waterfall;

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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The waterfall's minor-unit path gives exactly what the {@code BigDecimal} path gives: the same steps with the same
 * sources, explanations and amounts, the same costs, floors and warnings, or the same error. Random quotes mix every
 * rule action and condition, Range, Slab and block schedules, term schedules, contracted prices, clamps and amounts
 * in another currency, manual, partner and distributor discounts, every rounding mode, and amounts up to and beyond
 * what a {@code long} of minor units holds.
 */
final class MinorUnitPricingProperties {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private static final LocalDate LAUNCH = LocalDate.of(2025, 1, 1);
    private static final AccountId ACME = AccountId.of("01900000-0000-7000-8000-0000000000a1");
    private static final Currency EUR = Money.currency("EUR");
    private static final Currency JPY = Money.currency("JPY");
    private static final Currency USD = Money.currency("USD");
    private static final String[] CATEGORIES = {"hardware", "hardware/servers", "hardware/storage", "software", "software/crm"};
    private static final RoundingMode[] ROUNDINGS = {RoundingMode.HALF_UP, RoundingMode.HALF_EVEN, RoundingMode.HALF_DOWN, RoundingMode.UP,
            RoundingMode.DOWN, RoundingMode.CEILING, RoundingMode.FLOOR};

    record Case(PricingEngine engine, PricingRequest request) {
    }

    @Provide
    Arbitrary<Case> quotes() {
        return Arbitraries.randomValue(MinorUnitPricingProperties::quote);
    }

    @Property(tries = 400)
    void theMinorUnitPathPricesExactlyAsTheBigDecimalPath(@ForAll("quotes") Case c) {
        Object fast = outcome(() -> c.engine().price(c.request(), true));
        Object exact = outcome(() -> c.engine().price(c.request(), false));
        assertEquals(exact, fast);
    }

    @Property(tries = 2000)
    void divisionRoundsAsBigDecimalDoes(@ForAll long numerator, @ForAll @LongRange(min = 1) long denominator) {
        for (RoundingMode mode : ROUNDINGS) {
            long expected = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, mode).longValueExact();
            assertEquals(expected, MinorUnits.divide(numerator, denominator, mode), () -> numerator + " / " + denominator + " " + mode);
        }
    }

    @Property(tries = 2000)
    void smallQuotientsRoundAsBigDecimalDoes(@ForAll @LongRange(min = -1000, max = 1000) long numerator,
                                             @ForAll @LongRange(min = 1, max = 20) long denominator) {
        for (RoundingMode mode : ROUNDINGS) {
            long expected = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 0, mode).longValueExact();
            assertEquals(expected, MinorUnits.divide(numerator, denominator, mode), () -> numerator + " / " + denominator + " " + mode);
        }
    }

    @Property(tries = 3000)
    void marginPercentagesAreWrittenAsPercentageWritesThem(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long part,
                                                           @ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long whole) {
        if (whole == 0 || Math.abs(part) * 100 > Math.abs(whole) * 1_000_000) {
            return;
        }
        String text = MinorUnits.ratioText(part, whole);
        if (text != null) {
            assertEquals(Percentage.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)).toString(), text);
        }
    }

    @Property(tries = 3000)
    void smallMarginPercentagesNearTiesAreWrittenAsPercentageWritesThem(@ForAll @LongRange(min = -5000, max = 5000) long part,
                                                                          @ForAll @LongRange(min = 1, max = 5000) long whole) {
        if (Math.abs(part) * 100 > whole * 1_000_000) {
            return;
        }
        String text = MinorUnits.ratioText(part, whole);
        if (text != null) {
            assertEquals(Percentage.ratio(BigDecimal.valueOf(part), BigDecimal.valueOf(whole)).toString(), text);
        }
    }

    @Example
    void marginPercentagesAreDecidedInLongsExceptWithinABillionthOfATie() {
        assertEquals("10.603207%", MinorUnits.ratioText(30461, 287281));
        assertEquals("20%", MinorUnits.ratioText(1, 5));
        assertEquals("-0.5%", MinorUnits.ratioText(-1, 200));
        assertEquals("0%", MinorUnits.ratioText(0, 7));
        // 1 / 200,000,000 = 0.0000005%: an exact tie at 6 decimals is left to BigDecimal
        assertEquals(null, MinorUnits.ratioText(1, 200_000_000));
    }

    @Example
    void linesBeyondALongOfMinorUnitsArePricedInBigDecimalWithTheSameExplanation() {
        ProductId big = id(1);
        Catalog catalog = Catalog.builder().product(Product.of(big, "BIG", "big", "each", Money.ofMinor(40_000_000_000_000L, EUR),
                Category.of("hardware"), LAUNCH)).build();
        PriceBook book = PriceBook.builder("standard", "Standard").price(big, Money.ofMinor(90_000_000_000_000L, EUR), LAUNCH).build();
        PricingEngine engine = PricingEngine.builder(catalog, book)
                .rules(PriceRules.builder("r", 1).rule(r -> r.then(PriceAction.discount(Percentage.of("12.5")))).minimumMargin(Percentage.of(10)).build())
                .build();
        for (long quantity : new long[]{1, 1_000, 1_000_000, 100_000_000}) {
            PricingRequest request = new PricingRequest(Buyer.of(ACME, Tier.GOLD, "EMEA", "direct")
                    .throughChannel(Percentage.of("7.5"), Percentage.of(3)), EUR, DAY, List.of(LineRequest.of("l", big, quantity)));
            PricedLines fast = engine.price(request);
            assertEquals(engine.price(request, false), fast);
            // 90,000,000,000.00 EUR x quantity, 12.5% off, 7.5% and 3% off: exact to the cent however large
            BigDecimal list = new BigDecimal("900000000000.00").multiply(BigDecimal.valueOf(quantity));
            BigDecimal regular = list.multiply(new BigDecimal("0.875")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal partner = regular.multiply(new BigDecimal("0.925")).setScale(2, RoundingMode.HALF_UP);
            BigDecimal net = partner.multiply(new BigDecimal("0.97")).setScale(2, RoundingMode.HALF_UP);
            assertEquals(net, fast.lines().get(0).net().amount());
            assertEquals(4, fast.lines().get(0).steps().size());
        }
    }

    private static Object outcome(Supplier<PricedLines> pricing) {
        try {
            return pricing.get();
        } catch (RuntimeException e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    private static ProductId id(int n) {
        return ProductId.of(String.format("01900000-0000-7000-8000-%012d", n));
    }

    /** Minor units: mostly everyday prices, sometimes near or beyond what a long holds once multiplied. */
    private static long amount(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> 0;
            case 1 -> (long) Math.pow(10, 9 + random.nextInt(9)) + random.nextInt(1000);
            case 2 -> Long.MAX_VALUE / (1 + random.nextInt(1_000_000));
            default -> 1 + random.nextInt(random.nextBoolean() ? 1_000 : 1_000_000);
        };
    }

    private static Percentage percent(Random random, int max) {
        int scale = random.nextInt(4) == 0 ? 6 : random.nextInt(3);
        long unscaled = (long) (random.nextDouble() * max * Math.pow(10, scale));
        return new Percentage(BigDecimal.valueOf(unscaled, scale));
    }

    private static Money money(Random random, Currency currency) {
        Currency c = random.nextInt(12) == 0 ? USD : currency;
        return Money.ofMinor(random.nextInt(8) == 0 ? amount(random) : random.nextInt(200_000), c);
    }

    private static Case quote(Random random) {
        Currency currency = random.nextInt(4) == 0 ? JPY : EUR;
        int products = 1 + random.nextInt(8);
        Catalog.Builder catalog = Catalog.builder();
        PriceBook.Builder book = PriceBook.builder("standard", "Standard");
        List<ContractedPrice> contracts = new ArrayList<>();
        for (int p = 0; p < products; p++) {
            long list = amount(random);
            long cost = random.nextInt(6) == 0 ? amount(random) : list / (1 + random.nextInt(3));
            Currency costCurrency = random.nextInt(15) == 0 ? USD : currency;
            catalog.product(Product.of(id(p), "SKU-" + p, "Product " + p, "each", Money.ofMinor(cost, costCurrency),
                    Category.of(CATEGORIES[random.nextInt(CATEGORIES.length)]), LAUNCH));
            book.price(id(p), Money.ofMinor(list, currency), LAUNCH);
            if (random.nextInt(6) == 0) {
                contracts.add(new ContractedPrice(ACME, id(p), Money.ofMinor(amount(random), currency), LAUNCH, Optional.empty()));
            }
        }
        PriceRules.Builder rules = PriceRules.builder("random", 1);
        int ruleCount = random.nextInt(8);
        for (int r = 0; r < ruleCount; r++) {
            PriceRule.Builder rule = PriceRule.builder("r" + r).priority(random.nextInt(5));
            int conditions = random.nextInt(3);
            for (int k = 0; k < conditions; k++) {
                rule.when(switch (random.nextInt(9)) {
                    case 0 -> Condition.category(Category.of(CATEGORIES[random.nextInt(CATEGORIES.length)]));
                    case 1 -> Condition.product(id(random.nextInt(products)));
                    case 2 -> Condition.quantityAtLeast(random.nextInt(20));
                    case 3 -> {
                        long min = random.nextInt(20);
                        yield Condition.quantity(min, min + 1 + random.nextInt(50));
                    }
                    case 4 -> Condition.accountTier(random.nextBoolean() ? Tier.GOLD : Tier.SILVER);
                    case 5 -> Condition.listPriceAtLeast(Money.ofMinor(random.nextInt(100_000), random.nextInt(5) == 0 ? USD : currency));
                    case 6 -> Condition.currency(random.nextBoolean() ? EUR : JPY);
                    case 7 -> Condition.region(random.nextBoolean() ? "EMEA" : "APAC");
                    default -> Condition.date(LAUNCH, random.nextBoolean() ? DAY : DAY.plusDays(1));
                });
            }
            rule.then(switch (random.nextInt(5)) {
                case 0 -> PriceAction.discount(percent(random, 100));
                case 1 -> PriceAction.percentOfList(percent(random, 150));
                case 2 -> PriceAction.markupOnCost(new Percentage(percent(random, 300).value().subtract(BigDecimal.valueOf(100))));
                case 3 -> PriceAction.amountOff(money(random, currency));
                default -> PriceAction.setPrice(money(random, currency));
            });
            Currency clampCurrency = random.nextInt(6) == 0 ? USD : currency;
            if (random.nextInt(4) == 0) {
                rule.atLeast(Money.ofMinor(random.nextInt(100_000), clampCurrency));
            }
            if (random.nextInt(4) == 0) {
                rule.atMost(Money.ofMinor(random.nextInt(300_000), clampCurrency));
            }
            rules.rule(rule.build());
        }
        if (random.nextBoolean()) {
            rules.minimumMargin(percent(random, 99));
        }
        WaterfallOptions options = WaterfallOptions.ofDefaults().withAdditionalDiscountLast(random.nextBoolean())
                .withPartnerDiscountFirst(random.nextBoolean()).withRounding(ROUNDINGS[random.nextInt(ROUNDINGS.length)])
                .withMarginWarningBelow(percent(random, 60));
        PricingEngine.Builder engine = PricingEngine.builder(catalog.build(), book.build()).rules(rules.build())
                .contractedPrices(ContractedPrices.of(contracts)).options(options);
        engine.schedule(Category.of(random.nextBoolean() ? "hardware" : "software"), schedule(random, currency));
        if (random.nextBoolean()) {
            engine.schedule(id(0), schedule(random, currency));
        }
        engine.schedule(Category.of("software"), DiscountSchedule.termBuilder("term").tier(0, 12, TierDiscount.percent(0))
                .tier(12, 36, TierDiscount.percent(percent(random, 20))).tierFrom(36, TierDiscount.percent(percent(random, 30))).build());
        Buyer buyer = Buyer.of(ACME, random.nextBoolean() ? Tier.GOLD : Tier.SILVER, random.nextBoolean() ? "EMEA" : "APAC", "direct");
        if (random.nextBoolean()) {
            buyer = buyer.throughChannel(random.nextInt(5) == 0 ? Percentage.ZERO : percent(random, 100),
                    random.nextInt(3) == 0 ? Percentage.ZERO : percent(random, 100));
        }
        int lines = 1 + random.nextInt(10);
        List<LineRequest> requests = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            long quantity = random.nextInt(10) == 0 ? amount(random) + 1 : 1 + random.nextInt(random.nextBoolean() ? 10 : 300);
            LineRequest line = LineRequest.of("l" + i, id(random.nextInt(products)), quantity)
                    .withPriorQuantity(random.nextInt(3) == 0 ? random.nextInt(100) : 0)
                    .withTermMonths(random.nextInt(3) == 0 ? random.nextInt(48) : 0);
            if (random.nextInt(3) == 0) {
                line = line.withDiscount(random.nextBoolean() ? ManualDiscount.percent(percent(random, 100))
                        : ManualDiscount.amountPerUnit(money(random, currency)));
            }
            if (random.nextInt(8) == 0) {
                line = line.withBelowFloorApproved();
            }
            requests.add(line);
        }
        return new Case(engine.build(), new PricingRequest(buyer, currency, DAY, requests));
    }

    private static DiscountSchedule schedule(Random random, Currency currency) {
        DiscountSchedule.Method method = DiscountSchedule.Method.values()[random.nextInt(3)];
        DiscountSchedule.Builder b = DiscountSchedule.builder("volume-" + method.name().toLowerCase(java.util.Locale.ROOT), method);
        long[] from = {1, 10, 50};
        for (int t = 0; t < from.length; t++) {
            TierDiscount d = method == DiscountSchedule.Method.BLOCK ? TierDiscount.block(Money.ofMinor(random.nextInt(1_000_000), currency))
                    : random.nextInt(4) == 0 ? TierDiscount.amountOff(Money.ofMinor(random.nextInt(5_000), currency))
                    : TierDiscount.percent(percent(random, 40));
            if (t + 1 < from.length) {
                b.tier(from[t], from[t + 1], d);
            } else if (random.nextBoolean()) {
                b.tierFrom(from[t], d);
            } else {
                b.tier(from[t], 500, d);
            }
        }
        if (random.nextBoolean()) {
            b.aggregateAcrossOrders();
        }
        return b.build();
    }

    @Example
    void mostRandomLinesTakeTheMinorUnitPath() {
        Random random = new Random(7);
        int covered = 0;
        int lines = 0;
        for (int i = 0; i < 300; i++) {
            Case c = quote(random);
            MinorUnitPricing.Request minor = new MinorUnitPricing(c.engine()).request(c.request(),
                    PricingEngine.BuyerTexts.of(c.request().buyer()));
            for (LineRequest line : c.request().lines()) {
                lines++;
                if (minor.price(line) != null) {
                    covered++;
                }
            }
        }
        // the property above must be exercising the fast path, not only the fallback
        int share = covered * 100 / lines;
        assertTrue(share >= 40 && covered < lines, () -> "covered " + share + "% of the lines");
    }
}
