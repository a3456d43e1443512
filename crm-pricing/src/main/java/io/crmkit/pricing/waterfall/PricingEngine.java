package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Bundle;
import io.crmkit.pricing.catalog.BundleComponent;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.Promotion;
import io.crmkit.pricing.discount.ScheduleOutcome;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.port.ExchangeRates;
import io.crmkit.pricing.pricebook.ContractedPrices;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.pricebook.PriceBookEntry;
import io.crmkit.pricing.rule.AppliedRule;
import io.crmkit.pricing.rule.LineFacts;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.rule.RuleOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Prices lines through the waterfall. An engine is immutable and thread-safe; pricing the same request twice gives
 * equal results. Built with {@link #builder(Catalog, PriceBook)}:
 * <pre>{@code
 * PricingEngine engine = PricingEngine.builder(catalog, standardBook)
 *     .contractedPrices(contracts)
 *     .schedule(serverId, volume)                 // a product's own schedule
 *     .schedule(Category.of("software"), seats)   // or the most specific one of its category
 *     .rules(rules)
 *     .exchangeRates(rates)
 *     .options(WaterfallOptions.ofDefaults())
 *     .build();
 * PricedLines priced = engine.price(request);
 * }</pre>
 * Regular price: a contracted price replaces list, schedules and rules; otherwise the volume schedule, the term
 * schedule and the rules apply in that order, and the floor keeps rules from taking the price below cost plus the
 * minimum margin (never above the price before the regular stage) unless the line says an approver allowed it.
 * Promotion codes in the request apply after the waterfall, in order, as {@link Stage#NET} steps named
 * {@code promotion:CODE}: buy X get Y takes the free units' exact share off the Y lines; an order discount is
 * allocated over the lines in proportion to their net amounts, so the shares add up to the discount exactly. A code
 * that is unknown, not running, or finds nothing to apply to is reported as a {@link PricingWarning}.
 * Bad input (an unknown or inactive product, no price in the currency and no exchange rate, an option that is not
 * one of the bundle's) is rejected with an {@link IllegalArgumentException} naming the line and the value.
 * <p>
 * Lines whose prices are in the request's currency are computed in {@code long} minor units, exactly and with the
 * same steps and explanations as the {@code BigDecimal} arithmetic that prices the other lines (bundles, converted
 * prices, amounts too large for a {@code long}).
 */
public final class PricingEngine {

    private final Catalog catalog;
    private final PriceBook book;
    private final Map<ProductId, List<PriceBookEntry>> entries;
    private final ContractedPrices contracts;
    private final Map<ProductId, List<DiscountSchedule>> productSchedules;
    private final List<Map.Entry<Category, DiscountSchedule>> categorySchedules;
    private final PriceRules rules;
    /** Per rule id: its step source and its explanations, unclamped and clamped, built once instead of per line. */
    private final Map<String, String[]> ruleTexts;
    /** Per product, the rules its product and category conditions do not rule out; filled as products are priced. */
    private final java.util.concurrent.ConcurrentMap<ProductId, PriceRules> relevantRules = new java.util.concurrent.ConcurrentHashMap<>();
    private final Optional<ExchangeRates> rates;
    private final WaterfallOptions options;
    private final Map<String, Promotion> promotions;
    /** The minor-unit path that prices the lines it covers; the others take the {@code BigDecimal} path below. */
    private final MinorUnitPricing minorUnits;

    private PricingEngine(Builder b) {
        this.promotions = Map.copyOf(b.promotions);
        this.catalog = b.catalog;
        this.book = b.book;
        Map<ProductId, List<PriceBookEntry>> index = new HashMap<>();
        for (PriceBookEntry e : b.book.entries()) {
            index.computeIfAbsent(e.product(), p -> new ArrayList<>()).add(e);
        }
        index.replaceAll((k, v) -> List.copyOf(v));
        this.entries = Map.copyOf(index);
        this.contracts = b.contracts;
        Map<ProductId, List<DiscountSchedule>> ps = new HashMap<>();
        b.productSchedules.forEach((k, v) -> ps.put(k, List.copyOf(v)));
        this.productSchedules = Map.copyOf(ps);
        List<Map.Entry<Category, DiscountSchedule>> cs = new ArrayList<>(b.categorySchedules);
        cs.sort(Comparator.comparingInt((Map.Entry<Category, DiscountSchedule> e) -> -e.getKey().path().length()));
        this.categorySchedules = List.copyOf(cs);
        this.rules = b.rules;
        Map<String, String[]> texts = new HashMap<>();
        for (io.crmkit.pricing.rule.PriceRule r : b.rules.rules()) {
            String base = r.name() + ": " + r.action().describe();
            texts.put(r.id(), new String[]{"rule:" + r.id(), base, base + " (clamped to minimum)", base + " (clamped to maximum)"});
        }
        this.ruleTexts = Map.copyOf(texts);
        this.rates = Optional.ofNullable(b.rates);
        this.options = b.options;
        this.minorUnits = new MinorUnitPricing(this);
    }

    /** Starts an engine over a catalogue and a price book. */
    public static Builder builder(Catalog catalog, PriceBook book) {
        return new Builder(catalog, book);
    }

    /** The catalogue it prices from. */
    public Catalog catalog() {
        return catalog;
    }

    /** The options it runs with. */
    public WaterfallOptions options() {
        return options;
    }

    /** The price rules it runs. */
    public PriceRules rules() {
        return rules;
    }

    /** Prices every line of {@code request}. */
    public PricedLines price(PricingRequest request) {
        return price(request, true);
    }

    /**
     * Prices every line of {@code request}; with {@code fast} false every line takes the {@code BigDecimal} path, which
     * tests compare the minor-unit path with.
     */
    PricedLines price(PricingRequest request, boolean fast) {
        Checks.nonNull(request, "request");
        List<LinePrice> lines = new ArrayList<>(request.lines().size());
        BuyerTexts texts = BuyerTexts.of(request.buyer());
        MinorUnitPricing.Request minor = fast ? minorUnits.request(request, texts) : null;
        for (LineRequest line : request.lines()) {
            LinePrice priced = minor == null ? null : minor.price(line);
            lines.add(priced != null ? priced : priceLine(request, line, texts));
        }
        List<PricingWarning> warnings = new ArrayList<>(1);
        for (String code : request.promotionCodes()) {
            lines = promote(code, request, lines, warnings);
        }
        PricedLines priced = new PricedLines(request.currency(), lines, List.of());
        Money netTotal = Money.zero(request.currency());
        Money costTotal = netTotal;
        for (LinePrice line : lines) { // one pass for both totals
            netTotal = netTotal.plus(line.net());
            costTotal = costTotal.plus(line.cost());
        }
        if (Margins.below(netTotal.minus(costTotal), netTotal, options.marginWarningBelow())) {
            warnings.add(new PricingWarning(PricingWarning.Kind.LOW_MARGIN, "total margin " + priced.marginPercent().map(String::valueOf)
                    .orElse(priced.margin().toString()) + " is below " + options.marginWarningBelow()));
        }
        return warnings.isEmpty() ? priced : new PricedLines(request.currency(), lines, warnings);
    }

    /** Applies one promotion code to the priced lines, or explains why it did not apply. */
    private List<LinePrice> promote(String code, PricingRequest request, List<LinePrice> lines, List<PricingWarning> warnings) {
        Promotion promotion = promotions.get(Promotion.normalize(code));
        if (promotion == null) {
            warnings.add(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion code '" + code + "' is unknown"));
            return lines;
        }
        if (!promotion.runsOn(request.date())) {
            warnings.add(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion " + promotion.code() + " runs from "
                    + promotion.from() + promotion.until().map(u -> " until " + u).orElse("") + ", not on " + request.date()));
            return lines;
        }
        String source = "promotion:" + promotion.code();
        Currency currency = request.currency();
        List<Money> off = new ArrayList<>(lines.size());
        lines.forEach(l -> off.add(Money.zero(currency)));
        String explain;
        if (promotion.effect() instanceof Promotion.BuyXGetY b) {
            long bought = lines.stream().filter(l -> l.product().equals(b.buy())).mapToLong(LinePrice::quantity).sum();
            long free = Math.multiplyExact(bought / b.buyQuantity(), b.freeQuantity());
            explain = "buy " + b.buyQuantity() + " get " + b.freeQuantity() + " free: ";
            for (int i = 0; i < lines.size() && free > 0; i++) {
                LinePrice l = lines.get(i);
                if (l.product().equals(b.get()) && l.net().isPositive()) {
                    long units = Math.min(free, l.quantity());
                    // the free units' exact share of the line's net amount
                    Money freePart = units == l.quantity() ? l.net()
                            : l.net().allocate(List.of(BigDecimal.valueOf(units), BigDecimal.valueOf(l.quantity() - units))).get(0);
                    off.set(i, freePart);
                    free -= units;
                }
            }
        } else {
            Money total = Money.total(currency, lines.stream().map(LinePrice::net).toList());
            Money discount;
            if (promotion.effect() instanceof Promotion.OrderPercent p) {
                discount = total.percent(p.percent(), options.rounding());
                explain = p.percent() + " off the order: ";
            } else {
                Money amount = ((Promotion.OrderAmount) promotion.effect()).amount();
                if (!amount.currency().equals(currency)) {
                    warnings.add(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion " + promotion.code() + " is in "
                            + amount.currency() + " but the order is in " + currency));
                    return lines;
                }
                discount = amount.isGreaterThan(total) ? total : amount;
                explain = amount + " off the order: ";
            }
            if (total.isPositive() && discount.isPositive()) {
                List<BigDecimal> weights = lines.stream().map(l -> l.net().isPositive() ? l.net().amount() : BigDecimal.ZERO).toList();
                List<Money> shares = discount.allocate(weights);
                for (int i = 0; i < lines.size(); i++) {
                    off.set(i, shares.get(i));
                }
            }
        }
        if (off.stream().allMatch(Money::isZero)) {
            warnings.add(new PricingWarning(PricingWarning.Kind.PROMOTION_NOT_APPLIED, "promotion " + promotion.code() + " has nothing to apply to"));
            return lines;
        }
        List<LinePrice> result = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LinePrice l = lines.get(i);
            if (off.get(i).isZero()) {
                result.add(l);
                continue;
            }
            List<PriceStep> steps = new ArrayList<>(l.steps());
            Money net = l.net().minus(off.get(i));
            steps.add(new PriceStep(Stage.NET, source, explain + off.get(i) + " off this line", net));
            List<ComponentShare> components = l.components();
            if (!components.isEmpty()) {
                List<BigDecimal> weights = components.stream().map(c -> c.amount().amount().max(BigDecimal.ZERO)).toList();
                if (weights.stream().allMatch(w -> w.signum() == 0)) {
                    weights = components.stream().map(c -> BigDecimal.ONE).toList();
                }
                List<Money> parts = net.allocate(weights);
                List<ComponentShare> shares = new ArrayList<>();
                for (int j = 0; j < components.size(); j++) {
                    shares.add(new ComponentShare(components.get(j).product(), components.get(j).quantity(), parts.get(j)));
                }
                components = shares;
            }
            result.add(new LinePrice(l.key(), l.product(), l.sku(), l.quantity(), l.stageOrder(), steps, l.cost(), l.floor(), components,
                    marginWarnedAgain(l, net)));
        }
        return result;
    }

    /** {@code line}'s warnings with its margin warning taken again on {@code net}, its amount after a promotion. */
    private List<PricingWarning> marginWarnedAgain(LinePrice line, Money net) {
        List<PricingWarning> warnings = new ArrayList<>(line.warnings().size() + 1);
        for (PricingWarning w : line.warnings()) {
            if (w.kind() != PricingWarning.Kind.LOW_MARGIN) {
                warnings.add(w);
            }
        }
        Margins.lineWarning(line.key(), line.sku(), net.minus(line.cost()), net, options.marginWarningBelow())
                .ifPresent(warnings::add);
        return warnings;
    }

    /** The buyer's step explanations, built once per request. */
    record BuyerTexts(String partnerOffList, String partnerOffRegular, String partnerOffCustomer, String distributor) {
        static BuyerTexts of(Buyer buyer) {
            String partner = "partner discount " + buyer.partnerDiscount() + " off the ";
            return new BuyerTexts(partner + "list", partner + "regular price", partner + "customer price",
                    "distributor discount " + buyer.distributorDiscount());
        }
    }

    private LinePrice priceLine(PricingRequest request, LineRequest line, BuyerTexts texts) {
        Currency currency = request.currency();
        LocalDate date = request.date();
        RoundingMode rounding = options.rounding();
        Product product = catalog.product(line.product()).orElseThrow(() -> new IllegalArgumentException(
                "line " + line.key() + ": unknown product " + line.product() + ": it is not in the catalogue"));
        if (!product.isActiveOn(date)) {
            throw new IllegalArgumentException("line " + line.key() + ": product " + product.sku() + " is not sold on " + date
                    + " (active from " + product.activeFrom() + product.activeUntil().map(u -> " until " + u).orElse("") + ")");
        }
        Optional<Bundle> bundle = catalog.bundle(product.id());
        List<BundleComponent> chosen = bundle.map(b -> b.chosen(line.options())).orElse(List.of());
        if (bundle.isEmpty() && !line.options().isEmpty()) {
            throw new IllegalArgumentException("line " + line.key() + ": product " + product.sku() + " is not a bundle, it has no options");
        }
        List<PriceStep> steps = new ArrayList<>(6);
        List<Stage> order = new ArrayList<>(5);
        // List
        String listSource;
        Money unitList;
        if (bundle.isPresent() && bundle.get().pricing() == Bundle.BundlePricing.SUM_OF_COMPONENTS) {
            Money sum = Money.zero(currency);
            for (BundleComponent c : chosen) {
                sum = sum.plus(unitListPrice(catalog.require(c.product()), currency, date, line, new StringBuilder()).multipliedBy(c.quantity()));
            }
            unitList = sum;
            listSource = "bundle";
        } else {
            StringBuilder how = new StringBuilder();
            unitList = unitListPrice(product, currency, date, line, how);
            listSource = "price-book:" + book.id() + how;
        }
        Money unitCost;
        if (bundle.isPresent()) {
            Money sum = Money.zero(currency);
            for (BundleComponent c : chosen) {
                sum = sum.plus(convert(catalog.require(c.product()).cost(), currency, date, line).multipliedBy(c.quantity()));
            }
            unitCost = sum;
        } else {
            unitCost = convert(product.cost(), currency, date, line);
        }
        long qty = line.quantity();
        Money amount = unitList.multipliedBy(qty);
        steps.add(new PriceStep(Stage.LIST, listSource, qty + " x " + unitList, amount));
        order.add(Stage.LIST);
        Buyer buyer = request.buyer();
        if (options.partnerDiscountFirst()) {
            amount = partner(amount, buyer, steps, order, texts.partnerOffList);
        }
        // Regular
        order.add(Stage.REGULAR);
        Money beforeRegular = amount;
        Optional<Money> contracted = contracts.price(buyer.account(), product.id(), currency, date);
        Optional<Money> floor = rules.floor(unitCost, qty);
        if (contracted.isPresent()) {
            amount = contracted.get().multipliedBy(qty);
            steps.add(new PriceStep(Stage.REGULAR, "contract", "contracted price " + contracted.get() + " each", amount));
        } else {
            Optional<DiscountSchedule> volume = schedule(product, DiscountSchedule.Basis.QUANTITY);
            if (volume.isPresent()) {
                ScheduleOutcome o = volume.get().apply(amount, qty, line.priorQuantity(), line.termMonths(), rounding);
                if (!o.amount().equals(amount)) {
                    amount = o.amount();
                    steps.add(new PriceStep(Stage.REGULAR, "schedule:" + volume.get().id(), o.explain(), amount));
                }
            }
            Optional<DiscountSchedule> term = line.termMonths() > 0 ? schedule(product, DiscountSchedule.Basis.TERM_MONTHS) : Optional.empty();
            if (term.isPresent()) {
                ScheduleOutcome o = term.get().apply(amount, qty, 0, line.termMonths(), rounding);
                if (!o.amount().equals(amount)) {
                    amount = o.amount();
                    steps.add(new PriceStep(Stage.REGULAR, "schedule:" + term.get().id(), "term of " + line.termMonths() + " months: "
                            + o.explain(), amount));
                }
            }
            if (!rules.rules().isEmpty()) {
                LineFacts facts = new LineFacts(product.id(), product.category(), buyer.account(), buyer.tier(), buyer.groups(),
                        buyer.region(), buyer.channel(), qty, unitList, unitCost, date);
                RuleOutcome outcome = rulesFor(product).apply(amount, facts, rounding);
                for (AppliedRule a : outcome.applied()) {
                    String[] ruleText = ruleTexts.get(a.rule().id());
                    String explain = a.clamp().isEmpty() ? ruleText[1] : a.clamp().get().equals("minimum") ? ruleText[2] : ruleText[3];
                    steps.add(new PriceStep(Stage.REGULAR, ruleText[0], explain, a.after()));
                }
                amount = outcome.amount();
            }
            if (floor.isPresent() && !line.belowFloorApproved()) {
                Money limit = floor.get().isGreaterThan(beforeRegular) ? beforeRegular : floor.get();
                if (amount.isLessThan(limit)) {
                    amount = limit;
                    steps.add(new PriceStep(Stage.REGULAR, "floor", "raised to the floor: cost " + unitCost + " each plus "
                            + rules.minimumMargin().orElseThrow() + " margin", amount));
                }
            }
        }
        if (options.additionalDiscountLast()) {
            if (!options.partnerDiscountFirst()) {
                amount = partner(amount, buyer, steps, order, texts.partnerOffRegular);
            }
            amount = distributor(amount, buyer, steps, order, texts);
            amount = customer(amount, line, steps, order);
        } else {
            amount = customer(amount, line, steps, order);
            if (!options.partnerDiscountFirst()) {
                amount = partner(amount, buyer, steps, order, texts.partnerOffCustomer);
            }
            amount = distributor(amount, buyer, steps, order, texts);
        }
        Money cost = unitCost.multipliedBy(qty);
        List<PricingWarning> warnings = new ArrayList<>(2);
        if (floor.isPresent() && amount.isLessThan(floor.get())) {
            warnings.add(new PricingWarning(PricingWarning.Kind.BELOW_FLOOR, "line " + line.key() + " (" + product.sku() + "): net "
                    + amount + " is below the floor " + floor.get()));
        }
        Margins.lineWarning(line.key(), product.sku(), amount.minus(cost), amount, options.marginWarningBelow())
                .ifPresent(warnings::add);
        List<ComponentShare> shares = bundle.isPresent() ? allocate(amount, chosen, qty, currency, date, line) : List.of();
        return new LinePrice(line.key(), product.id(), product.sku(), qty, order, steps, cost, floor, shares, warnings);
    }

    private Money customer(Money amount, LineRequest line, List<PriceStep> steps, List<Stage> order) {
        order.add(Stage.CUSTOMER);
        if (line.additionalDiscount().isEmpty()) {
            return amount;
        }
        ManualDiscount d = line.additionalDiscount().get();
        Money after = d.apply(amount, line.quantity(), options.rounding());
        steps.add(new PriceStep(Stage.CUSTOMER, "manual", "additional discount " + d, after));
        return after;
    }

    private Money partner(Money amount, Buyer buyer, List<PriceStep> steps, List<Stage> order, String base) {
        order.add(Stage.PARTNER);
        if (buyer.partnerDiscount().value().signum() == 0) {
            return amount;
        }
        Money after = amount.multipliedBy(BigDecimal.ONE.subtract(buyer.partnerDiscount().fraction()), options.rounding());
        steps.add(new PriceStep(Stage.PARTNER, "partner", base, after));
        return after;
    }

    private Money distributor(Money amount, Buyer buyer, List<PriceStep> steps, List<Stage> order, BuyerTexts texts) {
        order.add(Stage.NET);
        if (buyer.distributorDiscount().value().signum() == 0) {
            return amount;
        }
        Money after = amount.multipliedBy(BigDecimal.ONE.subtract(buyer.distributorDiscount().fraction()), options.rounding());
        steps.add(new PriceStep(Stage.NET, "distributor", texts.distributor, after));
        return after;
    }

    /** The rules that may apply to {@code product}, computed once per product. */
    PriceRules rulesFor(Product product) {
        return relevantRules.computeIfAbsent(product.id(), id -> rules.relevantTo(id, product.category()));
    }

    Optional<DiscountSchedule> schedule(Product product, DiscountSchedule.Basis basis) {
        for (DiscountSchedule s : productSchedules.getOrDefault(product.id(), List.of())) {
            if (s.basis() == basis) {
                return Optional.of(s);
            }
        }
        for (Map.Entry<Category, DiscountSchedule> e : categorySchedules) {
            if (e.getValue().basis() == basis && product.category().isWithin(e.getKey())) {
                return Optional.of(e.getValue());
            }
        }
        return Optional.empty();
    }

    /** The price book's entries for {@code product}. */
    List<PriceBookEntry> entriesOf(ProductId product) {
        return entries.getOrDefault(product, List.of());
    }

    /** The id of the price book. */
    String priceBookId() {
        return book.id();
    }

    /** The contracted prices. */
    ContractedPrices contracts() {
        return contracts;
    }

    /** A rule's step source and explanations: plain, clamped to its minimum, clamped to its maximum. */
    String[] ruleText(String ruleId) {
        return ruleTexts.get(ruleId);
    }

    private Money unitListPrice(Product product, Currency currency, LocalDate date, LineRequest line, StringBuilder how) {
        List<PriceBookEntry> candidates = entries.getOrDefault(product.id(), List.of());
        PriceBookEntry other = null;
        for (PriceBookEntry e : candidates) {
            if (e.appliesOn(date)) {
                if (e.price().currency().equals(currency)) {
                    return e.price();
                }
                if (other == null || e.price().currency().getCurrencyCode().compareTo(other.price().currency().getCurrencyCode()) < 0) {
                    other = e;
                }
            }
        }
        if (other == null || rates.isEmpty()) {
            throw new IllegalArgumentException("line " + line.key() + ": price book '" + book.id() + "' has no price for product "
                    + product.sku() + " in " + currency + " on " + date
                    + (other == null ? "" : " (it has " + book.currenciesOf(product.id(), date) + " but no exchange rates were given)"));
        }
        Money converted = convert(other.price(), currency, date, line);
        how.append(" converted from ").append(other.price());
        return converted;
    }

    private Money convert(Money money, Currency to, LocalDate date, LineRequest line) {
        if (money.currency().equals(to)) {
            return money;
        }
        BigDecimal rate = rates.flatMap(r -> r.rate(money.currency(), to, date)).orElseThrow(() -> new IllegalArgumentException(
                "line " + line.key() + ": no exchange rate from " + money.currency() + " to " + to + " on " + date));
        Checks.argument(rate.signum() > 0, "exchange rate from " + money.currency() + " to " + to + " must be positive but was " + rate);
        return Money.of(money.amount().multiply(rate), to, options.conversionRounding());
    }

    private List<ComponentShare> allocate(Money net, List<BundleComponent> chosen, long qty, Currency currency, LocalDate date, LineRequest line) {
        List<BigDecimal> weights = new ArrayList<>(chosen.size());
        boolean anyPositive = false;
        for (BundleComponent c : chosen) {
            Product p = catalog.require(c.product());
            BigDecimal w;
            try {
                w = unitListPrice(p, currency, date, line, new StringBuilder()).amount().multiply(BigDecimal.valueOf(c.quantity()));
            } catch (IllegalArgumentException noPrice) {
                w = BigDecimal.ZERO; // a component without its own price takes no share of a fixed-price bundle
            }
            anyPositive |= w.signum() > 0;
            weights.add(w);
        }
        if (!anyPositive) {
            weights.replaceAll(w -> BigDecimal.ONE);
        }
        List<Money> parts = net.allocate(weights);
        List<ComponentShare> shares = new ArrayList<>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            shares.add(new ComponentShare(chosen.get(i).product(), Math.multiplyExact(chosen.get(i).quantity(), qty), parts.get(i)));
        }
        return shares;
    }

    /** Builds a {@link PricingEngine}. */
    public static final class Builder {
        private final Catalog catalog;
        private final PriceBook book;
        private ContractedPrices contracts = ContractedPrices.none();
        private final Map<ProductId, List<DiscountSchedule>> productSchedules = new HashMap<>();
        private final List<Map.Entry<Category, DiscountSchedule>> categorySchedules = new ArrayList<>();
        private PriceRules rules = PriceRules.none();
        private ExchangeRates rates;
        private WaterfallOptions options = WaterfallOptions.ofDefaults();
        private final Map<String, Promotion> promotions = new HashMap<>();

        private Builder(Catalog catalog, PriceBook book) {
            this.catalog = Checks.nonNull(catalog, "catalog");
            this.book = Checks.nonNull(book, "priceBook");
        }

        /** Prices contracted with accounts. */
        public Builder contractedPrices(ContractedPrices contracts) {
            this.contracts = Checks.nonNull(contracts, "contracts");
            return this;
        }

        /** A schedule for one product; at most one per basis (quantity, term). */
        public Builder schedule(ProductId product, DiscountSchedule schedule) {
            Checks.nonNull(schedule, "schedule");
            catalog.require(product);
            List<DiscountSchedule> list = productSchedules.computeIfAbsent(product, p -> new ArrayList<>());
            Checks.argument(list.stream().noneMatch(s -> s.basis() == schedule.basis()), "product " + product + " already has a "
                    + schedule.basis() + " schedule");
            list.add(schedule);
            return this;
        }

        /** A schedule for every product in {@code category} or below that has none of its own (the most specific category wins). */
        public Builder schedule(Category category, DiscountSchedule schedule) {
            Checks.nonNull(category, "category");
            Checks.nonNull(schedule, "schedule");
            Checks.argument(categorySchedules.stream().noneMatch(e -> e.getKey().equals(category) && e.getValue().basis() == schedule.basis()),
                    "category " + category + " already has a " + schedule.basis() + " schedule");
            categorySchedules.add(Map.entry(category, schedule));
            return this;
        }

        /** The price rules. */
        public Builder rules(PriceRules rules) {
            this.rules = Checks.nonNull(rules, "rules");
            return this;
        }

        /** Exchange rates for prices and costs in other currencies. */
        public Builder exchangeRates(ExchangeRates rates) {
            this.rates = Checks.nonNull(rates, "rates");
            return this;
        }

        /** The waterfall options. */
        public Builder options(WaterfallOptions options) {
            this.options = Checks.nonNull(options, "options");
            return this;
        }

        /** A promotion buyers may unlock with its code; codes are unique. */
        public Builder promotion(Promotion promotion) {
            Checks.nonNull(promotion, "promotion");
            if (promotion.effect() instanceof Promotion.BuyXGetY b) {
                catalog.require(b.buy());
                catalog.require(b.get());
            }
            Checks.argument(promotions.putIfAbsent(promotion.code(), promotion) == null, "promotion code " + promotion.code() + " is used twice");
            return this;
        }

        /** The engine. */
        public PricingEngine build() {
            return new PricingEngine(this);
        }
    }
}
