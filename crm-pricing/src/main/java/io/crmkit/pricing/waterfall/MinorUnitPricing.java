package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.DiscountTier;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.pricebook.PriceBookEntry;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.LineFacts;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRule;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The waterfall's fast path: the same steps as {@link PricingEngine}'s {@code BigDecimal} path, computed in
 * {@code long} minor units with every explanation and source recorded, and {@link Money} made only for the amounts a
 * {@link LinePrice} keeps. Everything that depends on the product alone (its rules, schedules and texts) is prepared
 * once per engine; what depends on the request as well (the list price, a contracted price, which rules the buyer
 * and the date allow) once per request and product, so a line only checks quantities and does the arithmetic.
 * <p>
 * A line the fast path does not cover returns {@code null} and is priced by the {@code BigDecimal} path, which also
 * reports bad input: a bundle or a line with options, a price or cost in another currency, amounts of a rule, tier or
 * manual discount in another currency, an unknown or inactive product, and any amount whose arithmetic would not fit
 * in a {@code long} (the line's list amount above about 9 x 10^10 minor units, or a product of it with a fraction).
 * Both paths give equal {@link LinePrice}s; a property test checks it on random quotes.
 */
final class MinorUnitPricing {

    private static final int PERCENT_OFF = 0;
    private static final int AMOUNT_OFF = 1;
    private static final int BLOCK = 2;

    private static final int DISCOUNT = 0;
    private static final int PERCENT_OF_LIST = 1;
    private static final int MARKUP = 2;
    private static final int RULE_AMOUNT_OFF = 3;
    private static final int SET_PRICE = 4;

    /** Thrown where the fast path stops and the line goes to the {@code BigDecimal} path; carries no stack. */
    private static final RuntimeException NOT_COVERED = new RuntimeException("not covered by the minor-unit path", null, false, false) {
    };

    private final PricingEngine engine;
    private final List<Stage> stageOrder;
    private final boolean partnerFirst;
    private final boolean additionalLast;
    private final RoundingMode rounding;
    private final long marginThreshold;
    private final String belowThreshold;
    private final long floorKeep;
    private final String floorMargin;
    private final String listSource;
    private final Map<String, CompiledRule> compiledRules;
    private final ConcurrentMap<ProductId, ProductPlan> products = new ConcurrentHashMap<>();

    MinorUnitPricing(PricingEngine engine) {
        this.engine = engine;
        WaterfallOptions options = engine.options();
        this.partnerFirst = options.partnerDiscountFirst();
        this.additionalLast = options.additionalDiscountLast();
        this.rounding = options.rounding();
        this.marginThreshold = MinorUnits.fraction(options.marginWarningBelow());
        this.belowThreshold = " is below " + options.marginWarningBelow();
        List<Stage> order = new ArrayList<>(5);
        order.add(Stage.LIST);
        if (partnerFirst) {
            order.add(Stage.PARTNER);
        }
        order.add(Stage.REGULAR);
        if (additionalLast) {
            if (!partnerFirst) {
                order.add(Stage.PARTNER);
            }
            order.add(Stage.NET);
            order.add(Stage.CUSTOMER);
        } else {
            order.add(Stage.CUSTOMER);
            if (!partnerFirst) {
                order.add(Stage.PARTNER);
            }
            order.add(Stage.NET);
        }
        this.stageOrder = List.copyOf(order);
        this.floorKeep = engine.rules().minimumMargin().map(m -> MinorUnits.ONE - MinorUnits.fraction(m)).orElse(0L);
        this.floorMargin = engine.rules().minimumMargin().map(String::valueOf).orElse(null);
        this.listSource = "price-book:" + engine.priceBookId();
        Map<String, CompiledRule> compiled = new HashMap<>();
        for (PriceRule rule : engine.rules().rules()) {
            compiled.put(rule.id(), new CompiledRule(rule, engine.ruleText(rule.id())));
        }
        this.compiledRules = Map.copyOf(compiled);
    }

    /** A pricer for the lines of {@code request}; not thread-safe, used by one call of {@link PricingEngine#price}. */
    Request request(PricingRequest request, PricingEngine.BuyerTexts texts) {
        return new Request(request, texts);
    }

    /** What depends on the product alone; {@code null} fields mean "none". */
    private final class ProductPlan {
        final Product product;
        final boolean covered;
        final PriceBookEntry[] entries;
        final String[] entryTexts;
        final CompiledSchedule volume;
        final CompiledSchedule term;
        final CompiledRule[] rules;
        final String floorText;

        ProductPlan(Product product) {
            this.product = product;
            this.covered = engine.catalog().bundle(product.id()).isEmpty();
            List<PriceBookEntry> list = engine.entriesOf(product.id());
            this.entries = list.toArray(PriceBookEntry[]::new);
            this.entryTexts = new String[entries.length];
            for (int i = 0; i < entries.length; i++) {
                entryTexts[i] = entries[i].price().toString();
            }
            this.volume = engine.schedule(product, DiscountSchedule.Basis.QUANTITY).map(CompiledSchedule::new).orElse(null);
            this.term = engine.schedule(product, DiscountSchedule.Basis.TERM_MONTHS).map(CompiledSchedule::new).orElse(null);
            List<PriceRule> relevant = engine.rulesFor(product).rules();
            this.rules = new CompiledRule[relevant.size()];
            for (int i = 0; i < rules.length; i++) {
                rules[i] = compiledRules.get(relevant.get(i).id());
            }
            this.floorText = floorMargin == null ? null
                    : "raised to the floor: cost " + product.cost() + " each plus " + floorMargin + " margin";
        }
    }

    /** A price rule taken apart: its quantity range, the conditions to check per request, its action in minor units. */
    private static final class CompiledRule {
        final String source;
        final String explain;
        final String clampedToMinimum;
        final String clampedToMaximum;
        final List<Condition> requestConditions = new ArrayList<>(2);
        final boolean covered;
        final long minQuantity;
        final long untilQuantity;
        final boolean bounded;
        final int action;
        final long factor;
        final long money;
        final Currency moneyCurrency;
        final boolean flat;
        final long minimum;
        final Currency minimumCurrency;
        final long maximum;
        final Currency maximumCurrency;

        CompiledRule(PriceRule rule, String[] texts) {
            this.source = texts[0];
            this.explain = texts[1];
            this.clampedToMinimum = texts[2];
            this.clampedToMaximum = texts[3];
            boolean known = true;
            long min = 0;
            long until = Long.MAX_VALUE;
            boolean closed = false;
            for (Condition c : rule.conditions()) {
                if (c instanceof Condition.QuantityBetween q) {
                    min = Math.max(min, q.min());
                    if (q.until().isPresent()) {
                        until = Math.min(until, q.until().getAsLong());
                        closed = true;
                    }
                } else if (c instanceof Condition.ProductIn || c instanceof Condition.CategoryWithin || c instanceof Condition.AccountIn
                        || c instanceof Condition.AccountTierIn || c instanceof Condition.AccountGroupIn || c instanceof Condition.RegionIn
                        || c instanceof Condition.ChannelIn || c instanceof Condition.ListPriceBetween || c instanceof Condition.CurrencyIn
                        || c instanceof Condition.DateBetween) {
                    requestConditions.add(c); // none of these looks at the quantity
                } else {
                    known = false;
                }
            }
            this.minQuantity = min;
            this.untilQuantity = until;
            this.bounded = closed;
            PriceAction a = rule.action();
            long f = 0;
            Money m = null;
            int kind;
            if (a instanceof PriceAction.DiscountPercent d) {
                kind = DISCOUNT;
                f = MinorUnits.ONE - MinorUnits.fraction(d.percent());
            } else if (a instanceof PriceAction.PercentOfList p) {
                kind = PERCENT_OF_LIST;
                f = MinorUnits.fraction(p.percent());
            } else if (a instanceof PriceAction.MarkupOnCost p) {
                kind = MARKUP;
                f = MinorUnits.ONE + MinorUnits.fraction(p.percent());
            } else if (a instanceof PriceAction.AmountOff o) {
                kind = RULE_AMOUNT_OFF;
                m = o.amount();
            } else if (a instanceof PriceAction.SetPrice s) {
                kind = SET_PRICE;
                m = s.price();
            } else {
                kind = -1;
                known = false;
            }
            long money = 0;
            long minimum = 0;
            long maximum = 0;
            try {
                money = m == null ? 0 : m.minorUnits();
                minimum = rule.minimum().map(Money::minorUnits).orElse(0L);
                maximum = rule.maximum().map(Money::minorUnits).orElse(0L);
            } catch (ArithmeticException tooLarge) {
                known = false;
            }
            this.covered = known;
            this.action = kind;
            this.factor = f;
            this.money = money;
            this.moneyCurrency = m == null ? null : m.currency();
            this.flat = a.isFlat();
            this.minimum = minimum;
            this.minimumCurrency = rule.minimum().map(Money::currency).orElse(null);
            this.maximum = maximum;
            this.maximumCurrency = rule.maximum().map(Money::currency).orElse(null);
        }
    }

    /** A discount schedule taken apart into arrays, with each tier's part of the explanation written once. */
    private static final class CompiledSchedule {
        final String source;
        final DiscountSchedule.Method method;
        final boolean term;
        final boolean aggregates;
        final long[] from;
        final long[] until;
        final boolean[] open;
        final int[] kind;
        final long[] value;
        final String[] text;
        final Currency currency;

        CompiledSchedule(DiscountSchedule s) {
            this.source = "schedule:" + s.id();
            this.method = s.method();
            this.term = s.basis() == DiscountSchedule.Basis.TERM_MONTHS;
            this.aggregates = s.aggregatesAcrossOrders();
            int n = s.tiers().size();
            from = new long[n];
            until = new long[n];
            open = new boolean[n];
            kind = new int[n];
            value = new long[n];
            text = new String[n];
            Currency c = null;
            for (int i = 0; i < n; i++) {
                DiscountTier t = s.tiers().get(i);
                from[i] = t.from();
                open[i] = t.until().isEmpty();
                until[i] = open[i] ? Long.MAX_VALUE : t.until().getAsLong();
                String detail;
                if (t.discount() instanceof TierDiscount.PercentOff p) {
                    kind[i] = PERCENT_OFF;
                    value[i] = MinorUnits.fraction(p.percent());
                    detail = p.percent() + " off";
                } else if (t.discount() instanceof TierDiscount.AmountOff a) {
                    kind[i] = AMOUNT_OFF;
                    value[i] = a.amount().minorUnits();
                    c = a.amount().currency();
                    detail = a.amount() + " off each";
                } else {
                    Money price = ((TierDiscount.BlockPrice) t.discount()).price();
                    kind[i] = BLOCK;
                    value[i] = price.minorUnits();
                    c = price.currency();
                    detail = "block price " + price;
                }
                text[i] = " in " + t.bounds() + " " + detail;
            }
            this.currency = c;
        }

        boolean contains(int i, long quantity) {
            return quantity >= from[i] && (open[i] || quantity < until[i]);
        }
    }

    /** What depends on the request and the product; {@link #UNCOVERED} if the fast path does not price the product. */
    private static final class LinePlan {
        final ProductPlan product;
        final long unitList;
        final String unitListText;
        final long unitCost;
        final long contracted;
        final String contractText;
        final CompiledRule[] rules;

        LinePlan(ProductPlan product, long unitList, String unitListText, long unitCost, long contracted, String contractText,
                 CompiledRule[] rules) {
            this.product = product;
            this.unitList = unitList;
            this.unitListText = unitListText;
            this.unitCost = unitCost;
            this.contracted = contracted;
            this.contractText = contractText;
            this.rules = rules;
        }
    }

    private static final LinePlan UNCOVERED = new LinePlan(null, 0, null, 0, -1, null, null);

    /** Prices the lines of one request. */
    final class Request {
        private final PricingRequest request;
        private final PricingEngine.BuyerTexts texts;
        private final Currency currency;
        private final LocalDate date;
        private final long partnerKeep;
        private final long distributorKeep;
        private final Map<ProductId, LinePlan> plans = new HashMap<>();
        /** The steps of the line being priced; {@link LinePrice} keeps an immutable copy, so one list serves every line. */
        private final List<PriceStep> steps = new ArrayList<>(16);
        private int[] shareTier = new int[4];
        private long[] shareUnits = new long[4];
        private int shares;

        Request(PricingRequest request, PricingEngine.BuyerTexts texts) {
            this.request = request;
            this.texts = texts;
            this.currency = request.currency();
            this.date = request.date();
            Buyer buyer = request.buyer();
            // -1: no discount, so no step (a 100% discount keeps 0)
            this.partnerKeep = buyer.partnerDiscount().value().signum() == 0 ? -1 : MinorUnits.ONE - MinorUnits.fraction(buyer.partnerDiscount());
            this.distributorKeep = buyer.distributorDiscount().value().signum() == 0 ? -1
                    : MinorUnits.ONE - MinorUnits.fraction(buyer.distributorDiscount());
        }

        /** The priced line, or {@code null} if the {@code BigDecimal} path must price it. */
        LinePrice price(LineRequest line) {
            if (!line.options().isEmpty()) {
                return null;
            }
            try {
                LinePlan plan = plans.get(line.product());
                if (plan == null) {
                    try {
                        plan = plan(line.product());
                    } catch (ArithmeticException tooLarge) {
                        plan = UNCOVERED; // an amount beyond a long of minor units
                    }
                    plans.put(line.product(), plan);
                }
                if (plan == UNCOVERED) {
                    return null;
                }
                return price(plan, line);
            } catch (ArithmeticException tooLarge) {
                return null;
            } catch (RuntimeException e) {
                if (e == NOT_COVERED) {
                    return null;
                }
                throw e;
            }
        }

        private LinePlan plan(ProductId id) {
            Optional<Product> found = engine.catalog().product(id);
            if (found.isEmpty() || !found.get().isActiveOn(date)) {
                return UNCOVERED;
            }
            ProductPlan p = products.computeIfAbsent(id, x -> new ProductPlan(found.get()));
            Product product = p.product;
            if (!p.covered || !product.cost().currency().equals(currency)
                    || p.volume != null && p.volume.currency != null && !p.volume.currency.equals(currency)
                    || p.term != null && p.term.currency != null && !p.term.currency.equals(currency)) {
                return UNCOVERED;
            }
            int entry = -1;
            for (int i = 0; i < p.entries.length && entry < 0; i++) {
                if (p.entries[i].appliesOn(date)) {
                    if (p.entries[i].price().currency().equals(currency)) {
                        entry = i;
                    }
                }
            }
            if (entry < 0) {
                return UNCOVERED; // converted from another currency, or no price: the BigDecimal path explains
            }
            Money unitList = p.entries[entry].price();
            Buyer buyer = request.buyer();
            Optional<Money> contract = engine.contracts().price(buyer.account(), id, currency, date);
            CompiledRule[] rules = p.rules;
            if (rules.length > 0) {
                LineFacts facts = new LineFacts(id, product.category(), buyer.account(), buyer.tier(), buyer.groups(), buyer.region(),
                        buyer.channel(), 1, unitList, product.cost(), date);
                List<CompiledRule> allowed = new ArrayList<>(rules.length);
                for (CompiledRule r : rules) {
                    if (!r.covered) {
                        return UNCOVERED;
                    }
                    boolean all = true;
                    for (int i = 0, n = r.requestConditions.size(); i < n && all; i++) {
                        all = r.requestConditions.get(i).matches(facts);
                    }
                    if (all) {
                        allowed.add(r);
                    }
                }
                rules = allowed.toArray(CompiledRule[]::new);
            }
            return new LinePlan(p, unitList.minorUnits(), p.entryTexts[entry], product.cost().minorUnits(),
                    contract.map(Money::minorUnits).orElse(-1L), contract.map(c -> "contracted price " + c + " each").orElse(null), rules);
        }

        private Money money(long minor) {
            return Money.ofMinor(minor, currency);
        }

        private LinePrice price(LinePlan plan, LineRequest line) {
            ProductPlan p = plan.product;
            long qty = line.quantity();
            List<PriceStep> steps = this.steps;
            steps.clear();
            long amount = Math.multiplyExact(plan.unitList, qty);
            steps.add(new PriceStep(Stage.LIST, listSource, qty + " x " + plan.unitListText, money(amount)));
            if (partnerFirst) {
                amount = partner(amount, steps, texts.partnerOffList());
            }
            long beforeRegular = amount;
            boolean hasFloor = floorMargin != null;
            long floor = hasFloor ? MinorUnits.divide(Math.multiplyExact(Math.multiplyExact(plan.unitCost, qty), MinorUnits.ONE), floorKeep,
                    RoundingMode.CEILING) : 0;
            if (plan.contractText != null) {
                amount = Math.multiplyExact(plan.contracted, qty);
                steps.add(new PriceStep(Stage.REGULAR, "contract", plan.contractText, money(amount)));
            } else {
                if (p.volume != null) {
                    long after = schedule(p.volume, amount, qty, line.priorQuantity(), line.termMonths());
                    if (after != amount) {
                        amount = after;
                        steps.add(new PriceStep(Stage.REGULAR, p.volume.source, explain(p.volume), money(amount)));
                    }
                }
                if (line.termMonths() > 0 && p.term != null) {
                    long after = schedule(p.term, amount, qty, 0, line.termMonths());
                    if (after != amount) {
                        amount = after;
                        steps.add(new PriceStep(Stage.REGULAR, p.term.source, "term of " + line.termMonths() + " months: " + explain(p.term),
                                money(amount)));
                    }
                }
                amount = rules(plan, amount, qty, steps);
                if (hasFloor && !line.belowFloorApproved()) {
                    long limit = Math.min(floor, beforeRegular);
                    if (amount < limit) {
                        amount = limit;
                        steps.add(new PriceStep(Stage.REGULAR, "floor", p.floorText, money(amount)));
                    }
                }
            }
            if (additionalLast) {
                if (!partnerFirst) {
                    amount = partner(amount, steps, texts.partnerOffRegular());
                }
                amount = distributor(amount, steps);
                amount = customer(amount, line, steps);
            } else {
                amount = customer(amount, line, steps);
                if (!partnerFirst) {
                    amount = partner(amount, steps, texts.partnerOffCustomer());
                }
                amount = distributor(amount, steps);
            }
            long cost = Math.multiplyExact(plan.unitCost, qty);
            long margin = Math.subtractExact(amount, cost);
            boolean belowFloor = hasFloor && amount < floor;
            boolean lowMargin = amount <= 0 ? margin < 0
                    : Math.multiplyExact(margin, MinorUnits.ONE) < Math.multiplyExact(marginThreshold, amount);
            List<PricingWarning> warnings = List.of();
            if (belowFloor || lowMargin) {
                warnings = new ArrayList<>(2);
                Product product = p.product;
                Money net = money(amount);
                if (belowFloor) {
                    warnings.add(new PricingWarning(PricingWarning.Kind.BELOW_FLOOR, "line " + line.key() + " (" + product.sku() + "): net "
                            + net + " is below the floor " + money(floor)));
                }
                if (lowMargin) {
                    // as Margins.percent: a percentage unless the net is zero or the ratio is beyond a million percent
                    boolean ratio = amount != 0 && Math.multiplyExact(Math.abs(margin), 100) <= Math.multiplyExact(Math.abs(amount), 1_000_000);
                    String text = ratio ? MinorUnits.ratioText(margin, amount) : money(margin).toString();
                    if (text == null) {
                        text = Margins.percent(money(margin), net).map(String::valueOf).orElseThrow();
                    }
                    warnings.add(new PricingWarning(PricingWarning.Kind.LOW_MARGIN, "line " + line.key() + " (" + product.sku()
                            + "): margin " + text + belowThreshold));
                }
            }
            return new LinePrice(line.key(), p.product.id(), p.product.sku(), qty, stageOrder, steps, money(cost),
                    hasFloor ? Optional.of(money(floor)) : Optional.empty(), List.of(), warnings);
        }

        private long rules(LinePlan plan, long amount, long qty, List<PriceStep> steps) {
            CompiledRule[] rules = plan.rules;
            for (CompiledRule r : rules) {
                if (qty < r.minQuantity || r.bounded && qty >= r.untilQuantity) {
                    continue;
                }
                long after;
                switch (r.action) {
                    case DISCOUNT -> after = MinorUnits.times(amount, r.factor, rounding);
                    case PERCENT_OF_LIST -> after = MinorUnits.times(Math.multiplyExact(plan.unitList, qty), r.factor, rounding);
                    case MARKUP -> after = MinorUnits.times(Math.multiplyExact(plan.unitCost, qty), r.factor, rounding);
                    case RULE_AMOUNT_OFF -> {
                        requireCurrency(r.moneyCurrency);
                        after = Math.max(0, Math.subtractExact(amount, Math.multiplyExact(r.money, qty)));
                    }
                    case SET_PRICE -> {
                        requireCurrency(r.moneyCurrency);
                        after = Math.multiplyExact(r.money, qty);
                    }
                    default -> throw NOT_COVERED;
                }
                String explain = r.explain;
                if (currency.equals(r.maximumCurrency)) {
                    long max = Math.multiplyExact(r.maximum, qty);
                    if (after > max) {
                        after = max;
                        explain = r.clampedToMaximum;
                    }
                }
                if (currency.equals(r.minimumCurrency)) {
                    long min = Math.multiplyExact(r.minimum, qty);
                    if (after < min) {
                        after = min;
                        explain = r.clampedToMinimum;
                    }
                }
                amount = after;
                steps.add(new PriceStep(Stage.REGULAR, r.source, explain, money(amount)));
                if (r.flat) {
                    break;
                }
            }
            return amount;
        }

        private void requireCurrency(Currency of) {
            if (!currency.equals(of)) {
                throw NOT_COVERED;
            }
        }

        /** The line amount after {@code s}; the tiers that priced units are left in {@link #shareTier}/{@link #shareUnits}. */
        private long schedule(CompiledSchedule s, long lineAmount, long quantity, long priorQuantity, long termMonths) {
            long prior = s.aggregates ? priorQuantity : 0;
            int n = s.from.length;
            if (shareTier.length < n) {
                shareTier = new int[n];
                shareUnits = new long[n];
            }
            shares = 0;
            if (s.term || s.method != DiscountSchedule.Method.SLAB) {
                long tierQuantity = s.term ? termMonths : Math.addExact(prior, quantity);
                for (int i = 0; i < n; i++) {
                    if (s.contains(i, tierQuantity)) {
                        shareTier[0] = i;
                        shareUnits[0] = quantity;
                        shares = 1;
                        break;
                    }
                }
                if (s.method == DiscountSchedule.Method.BLOCK) {
                    return shares == 0 ? lineAmount : s.value[shareTier[0]];
                }
            } else {
                long tierQuantity = Math.addExact(prior, quantity);
                long first = prior + 1;
                for (int i = 0; i < n; i++) {
                    long lo = Math.max(first, s.from[i]);
                    long hi = s.open[i] ? tierQuantity : Math.min(tierQuantity, s.until[i] - 1);
                    if (hi >= lo) {
                        shareTier[shares] = i;
                        shareUnits[shares] = hi - lo + 1;
                        shares++;
                    }
                }
            }
            if (shares == 0) {
                return lineAmount;
            }
            // as DiscountSchedule.apply: (line x quantity - sum of each tier's units x its loss per unit times quantity) / quantity,
            // here over the common denominator ONE and rounded once
            long numerator = Math.multiplyExact(Math.multiplyExact(lineAmount, quantity), MinorUnits.ONE);
            for (int k = 0; k < shares; k++) {
                int t = shareTier[k];
                long off;
                if (s.kind[t] == PERCENT_OFF) {
                    off = Math.multiplyExact(Math.multiplyExact(lineAmount, s.value[t]), shareUnits[k]);
                } else {
                    long perUnitTimesQuantity = Math.min(Math.multiplyExact(s.value[t], quantity), Math.max(lineAmount, 0));
                    off = Math.multiplyExact(Math.multiplyExact(perUnitTimesQuantity, shareUnits[k]), MinorUnits.ONE);
                }
                numerator = Math.subtractExact(numerator, off);
            }
            return MinorUnits.divide(numerator, Math.multiplyExact(quantity, MinorUnits.ONE), rounding);
        }

        /** The explanation of the last {@link #schedule} call, as {@code ScheduleOutcome.explain()} writes it. */
        private String explain(CompiledSchedule s) {
            if (shares == 1) {
                return shareUnits[0] + s.text[shareTier[0]];
            }
            StringBuilder sb = new StringBuilder(24 * shares);
            for (int k = 0; k < shares; k++) {
                if (k > 0) {
                    sb.append(", ");
                }
                sb.append(shareUnits[k]).append(s.text[shareTier[k]]);
            }
            return sb.toString();
        }

        private long customer(long amount, LineRequest line, List<PriceStep> steps) {
            if (line.additionalDiscount().isEmpty()) {
                return amount;
            }
            ManualDiscount d = line.additionalDiscount().get();
            long after;
            if (d instanceof ManualDiscount.Percent p) {
                after = MinorUnits.times(amount, MinorUnits.ONE - MinorUnits.fraction(p.percent()), rounding);
            } else if (d instanceof ManualDiscount.AmountPerUnit a) {
                requireCurrency(a.amount().currency());
                after = Math.max(0, Math.subtractExact(amount, Math.multiplyExact(a.amount().minorUnits(), line.quantity())));
            } else {
                throw NOT_COVERED;
            }
            steps.add(new PriceStep(Stage.CUSTOMER, "manual", "additional discount " + d, money(after)));
            return after;
        }

        private long partner(long amount, List<PriceStep> steps, String explain) {
            if (partnerKeep < 0) {
                return amount;
            }
            long after = MinorUnits.times(amount, partnerKeep, rounding);
            steps.add(new PriceStep(Stage.PARTNER, "partner", explain, money(after)));
            return after;
        }

        private long distributor(long amount, List<PriceStep> steps) {
            if (distributorKeep < 0) {
                return amount;
            }
            long after = MinorUnits.times(amount, distributorKeep, rounding);
            steps.add(new PriceStep(Stage.NET, "distributor", texts.distributor(), money(after)));
            return after;
        }
    }
}
