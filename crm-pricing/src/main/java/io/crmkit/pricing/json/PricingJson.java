package io.crmkit.pricing.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.catalog.Catalog;
import io.crmkit.pricing.catalog.Category;
import io.crmkit.pricing.catalog.Product;
import io.crmkit.pricing.discount.DiscountSchedule;
import io.crmkit.pricing.discount.DiscountTier;
import io.crmkit.pricing.discount.TierDiscount;
import io.crmkit.pricing.internal.Checks;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.pricebook.PriceBookEntry;
import io.crmkit.pricing.rule.Condition;
import io.crmkit.pricing.rule.PriceAction;
import io.crmkit.pricing.rule.PriceRule;
import io.crmkit.pricing.rule.PriceRules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads {@link PriceRules price rules}, {@link DiscountSchedule discount schedules} and {@link PriceBook price books} from JSON, so administrators
 * can edit them. Products are named by SKU and resolved in the catalogue given to {@link #of}; money is written
 * {@code "850.00 EUR"}; dates {@code "2026-03-01"}; percentages as numbers.
 * <pre>{@code
 * {
 *   "id": "emea", "version": 4, "minimumMargin": 15,
 *   "rules": [
 *     {"id": "gold", "name": "Gold accounts 5% off hardware", "priority": 10,
 *      "when": {"accountTier": ["GOLD"], "category": "hardware"},
 *      "then": {"discountPercent": 5}},
 *     {"id": "rack-promo", "priority": 5,
 *      "when": {"product": ["RACK-42U"], "date": {"from": "2026-03-01", "until": "2026-04-01"}},
 *      "then": {"setPrice": "850.00 EUR"}, "min": "800.00 EUR"}
 *   ]
 * }
 * }</pre>
 * Conditions ({@code when}, all must hold): {@code product} (SKUs), {@code category}, {@code account} (ids),
 * {@code accountTier}, {@code accountGroup}, {@code region}, {@code channel}, {@code currency} (lists),
 * {@code quantity} ({@code min} inclusive, {@code max} exclusive), {@code listPrice} ({@code min}, {@code max} as money),
 * {@code date} ({@code from} inclusive, {@code until} exclusive). Actions ({@code then}, exactly one):
 * {@code percentOfList}, {@code discountPercent}, {@code markupOnCost}, {@code amountOff}, {@code setPrice}.
 * <pre>{@code
 * {"id": "seats", "method": "SLAB", "basis": "QUANTITY", "aggregateAcrossOrders": false,
 *  "tiers": [{"from": 1, "until": 100, "percentOff": 0}, {"from": 100, "until": 500, "percentOff": 10}, {"from": 500, "amountOff": "2.50 EUR"}]}
 * }</pre>
 * A tier gives exactly one of {@code percentOff}, {@code amountOff} or {@code blockPrice}; the last tier may leave out
 * {@code until}. Every read reports all problems at once, each prefixed with its JSON path, as an
 * {@link InvalidConfigurationException}; it throws nothing else whatever the text. Immutable and thread-safe.
 */
public final class PricingJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> RULES_FIELDS = Set.of("id", "version", "minimumMargin", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "name", "priority", "when", "then", "min", "max");
    private static final Set<String> WHEN_FIELDS = Set.of("product", "category", "account", "accountTier", "accountGroup", "region",
            "channel", "currency", "quantity", "listPrice", "date");
    private static final List<String> ACTIONS = List.of("amountOff", "discountPercent", "markupOnCost", "percentOfList", "setPrice");
    private static final Set<String> SCHEDULE_FIELDS = Set.of("id", "method", "basis", "aggregateAcrossOrders", "tiers");
    private static final Set<String> TIER_FIELDS = Set.of("from", "until", "percentOff", "amountOff", "blockPrice");
    private static final Set<String> BOOK_FIELDS = Set.of("id", "name", "entries");
    private static final Set<String> ENTRY_FIELDS = Set.of("sku", "price", "from", "until");
    private static final java.util.regex.Pattern ENTRY_INDEX = java.util.regex.Pattern.compile("entries\\[(\\d+)]");
    private static final int SHOWN = 60;

    private final Catalog catalog;

    private PricingJson(Catalog catalog) {
        this.catalog = catalog;
    }

    /** A reader that resolves SKUs in {@code catalog}. */
    public static PricingJson of(Catalog catalog) {
        return new PricingJson(Checks.nonNull(catalog, "catalog"));
    }

    /**
     * Parses and validates price rules.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public PriceRules readRules(String json) {
        Checks.nonNull(json, "json");
        Reader r = new Reader("price rules JSON");
        JsonNode root = r.parse(json);
        r.unknownFields(root, RULES_FIELDS, "$");
        Optional<String> id = r.text(root, "id", "$", true);
        Optional<Integer> version = r.present(root, "version", "$", true).flatMap(v -> r.integer(v, "$.version", 1, Integer.MAX_VALUE));
        Optional<Percentage> margin = r.present(root, "minimumMargin", "$", false).flatMap(v -> r.percentage(v, "$.minimumMargin"));
        List<PriceRule> rules = new ArrayList<>();
        r.array(root, "rules", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                rule(r, list.get(i), "$.rules[" + i + "]").ifPresent(rules::add);
            }
        });
        return r.finish(() -> new PriceRules(id.orElseThrow(), version.orElseThrow(), rules, margin));
    }

    /**
     * Parses and validates a discount schedule.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public DiscountSchedule readSchedule(String json) {
        Checks.nonNull(json, "json");
        Reader r = new Reader("discount schedule JSON");
        JsonNode root = r.parse(json);
        r.unknownFields(root, SCHEDULE_FIELDS, "$");
        Optional<String> id = r.text(root, "id", "$", true);
        Optional<DiscountSchedule.Method> method = r.enumValue(root, "method", "$", DiscountSchedule.Method.class, true);
        DiscountSchedule.Basis basis = r.enumValue(root, "basis", "$", DiscountSchedule.Basis.class, false).orElse(DiscountSchedule.Basis.QUANTITY);
        boolean aggregates = r.bool(root, "aggregateAcrossOrders", "$").orElse(false);
        List<DiscountTier> tiers = new ArrayList<>();
        r.array(root, "tiers", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                tier(r, list.get(i), "$.tiers[" + i + "]").ifPresent(tiers::add);
            }
        });
        return r.finish(() -> new DiscountSchedule(id.orElseThrow(), method.orElseThrow(), basis, tiers, aggregates));
    }

    /**
     * Parses and validates a price book:
     * {@code {"id": "standard", "name": "Standard", "entries": [{"sku": "SRV-R740", "price": "4000.00 EUR", "from": "2025-01-01", "until": "2027-01-01"}]}};
     * {@code until} may be left out.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path (overlapping entries included)
     */
    public PriceBook readPriceBook(String json) {
        Checks.nonNull(json, "json");
        Reader r = new Reader("price book JSON");
        JsonNode root = r.parse(json);
        r.unknownFields(root, BOOK_FIELDS, "$");
        Optional<String> id = r.text(root, "id", "$", true);
        Optional<String> name = r.text(root, "name", "$", true);
        List<PriceBookEntry> entries = new ArrayList<>();
        List<Integer> jsonIndex = new ArrayList<>();
        r.array(root, "entries", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String path = "$.entries[" + i + "]";
                JsonNode node = list.get(i);
                if (!r.isObject(node, path)) {
                    continue;
                }
                r.unknownFields(node, ENTRY_FIELDS, path);
                Optional<ProductId> product = r.text(node, "sku", path, true).flatMap(sku -> {
                    Optional<ProductId> found = catalog.productBySku(sku).map(Product::id);
                    if (found.isEmpty()) {
                        r.problem(path + ".sku", "unknown SKU '" + Reader.shorten(sku) + "'");
                    }
                    return found;
                });
                Optional<Money> price = r.present(node, "price", path, true).flatMap(v -> r.money(v, path + ".price"));
                Optional<LocalDate> from = r.text(node, "from", path, true).flatMap(v -> r.date(v, path + ".from"));
                boolean hasUntil = node.has("until") && !node.get("until").isNull();
                Optional<LocalDate> until = r.text(node, "until", path, false).flatMap(v -> r.date(v, path + ".until"));
                if (product.isPresent() && price.isPresent() && from.isPresent() && (until.isPresent() || !hasUntil)) {
                    int index = i;
                    r.construct(path, () -> new PriceBookEntry(product.get(), price.get(), from.get(), until)).ifPresent(e -> {
                        entries.add(e);
                        jsonIndex.add(index);
                    });
                }
            }
        });
        if (!r.problems.isEmpty()) {
            // report overlaps among the readable entries too, at their own JSON indices
            try {
                new PriceBook("check", "check", entries);
            } catch (InvalidConfigurationException overlaps) {
                overlaps.problems().forEach(p -> r.problems.add("$." + reindex(p, jsonIndex)));
            } catch (IllegalArgumentException ignored) {
                // nothing more to report than what was found
            }
        }
        return r.finish(() -> new PriceBook(id.orElseThrow(), name.orElseThrow(), entries));
    }

    /** {@code entries[k]} of the readable entries as {@code entries[j]} of the JSON document. */
    private static String reindex(String problem, List<Integer> jsonIndex) {
        java.util.regex.Matcher m = ENTRY_INDEX.matcher(problem);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "entries[" + jsonIndex.get(Integer.parseInt(m.group(1))) + "]");
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private Optional<DiscountTier> tier(Reader r, JsonNode node, String path) {
        if (!r.isObject(node, path)) {
            return Optional.empty();
        }
        int before = r.problems.size();
        r.unknownFields(node, TIER_FIELDS, path);
        Optional<Long> from = r.present(node, "from", path, true).flatMap(v -> r.longValue(v, path + ".from", 0));
        Optional<Long> until = r.present(node, "until", path, false).flatMap(v -> r.longValue(v, path + ".until", 1));
        List<String> kinds = Arrays.asList("percentOff", "amountOff", "blockPrice");
        List<String> given = kinds.stream().filter(k -> node.has(k) && !node.get(k).isNull()).toList();
        Optional<TierDiscount> discount = Optional.empty();
        if (given.size() != 1) {
            r.problem(path, "needs exactly one of " + kinds + " but had " + given);
        } else {
            String kind = given.get(0);
            JsonNode v = node.get(kind);
            String at = path + "." + kind;
            discount = switch (kind) {
                case "percentOff" -> r.percentage(v, at).flatMap(p -> r.construct(at, () -> TierDiscount.percent(p)));
                case "amountOff" -> r.money(v, at).flatMap(m -> r.construct(at, () -> TierDiscount.amountOff(m)));
                default -> r.money(v, at).flatMap(m -> r.construct(at, () -> TierDiscount.block(m)));
            };
        }
        if (r.problems.size() > before) {
            return Optional.empty();
        }
        Optional<TierDiscount> d = discount;
        return r.construct(path, () -> new DiscountTier(from.orElseThrow(), until.map(OptionalLong::of).orElse(OptionalLong.empty()), d.orElseThrow()));
    }

    private Optional<PriceRule> rule(Reader r, JsonNode node, String path) {
        if (!r.isObject(node, path)) {
            return Optional.empty();
        }
        int before = r.problems.size();
        r.unknownFields(node, RULE_FIELDS, path);
        Optional<String> id = r.text(node, "id", path, true);
        Optional<String> name = r.text(node, "name", path, false);
        int priority = r.present(node, "priority", path, false).flatMap(v -> r.integer(v, path + ".priority", Integer.MIN_VALUE, Integer.MAX_VALUE))
                .orElse(100);
        List<Condition> conditions = new ArrayList<>();
        r.object(node, "when", path, false).ifPresent(when -> conditions(r, when, path + ".when", conditions));
        Optional<PriceAction> action = r.object(node, "then", path, true).flatMap(then -> action(r, then, path + ".then"));
        Optional<Money> min = r.present(node, "min", path, false).flatMap(v -> r.money(v, path + ".min"));
        Optional<Money> max = r.present(node, "max", path, false).flatMap(v -> r.money(v, path + ".max"));
        if (r.problems.size() > before) {
            return Optional.empty();
        }
        return r.construct(path, () -> new PriceRule(id.orElseThrow(), name.orElse(id.orElseThrow()), priority, conditions, action.orElseThrow(), min, max));
    }

    private Optional<PriceAction> action(Reader r, JsonNode then, String path) {
        List<String> given = new ArrayList<>();
        for (Iterator<String> it = then.fieldNames(); it.hasNext(); ) {
            given.add(it.next());
        }
        if (given.size() != 1 || !ACTIONS.contains(given.get(0))) {
            r.problem(path, "needs exactly one action of " + ACTIONS + " but had " + given.stream().map(Reader::shorten).toList());
            return Optional.empty();
        }
        String kind = given.get(0);
        JsonNode v = then.get(kind);
        String at = path + "." + kind;
        return switch (kind) {
            case "percentOfList" -> r.percentage(v, at).flatMap(p -> r.construct(at, () -> PriceAction.percentOfList(p)));
            case "discountPercent" -> r.percentage(v, at).flatMap(p -> r.construct(at, () -> PriceAction.discount(p)));
            case "markupOnCost" -> r.percentage(v, at).flatMap(p -> r.construct(at, () -> PriceAction.markupOnCost(p)));
            case "amountOff" -> r.money(v, at).flatMap(m -> r.construct(at, () -> PriceAction.amountOff(m)));
            default -> r.money(v, at).flatMap(m -> r.construct(at, () -> PriceAction.setPrice(m)));
        };
    }

    private void conditions(Reader r, JsonNode when, String path, List<Condition> out) {
        r.unknownFields(when, WHEN_FIELDS, path);
        r.strings(when, "product", path).ifPresent(skus -> {
            Set<ProductId> ids = new LinkedHashSet<>();
            for (int i = 0; i < skus.size(); i++) {
                Optional<Product> p = catalog.productBySku(skus.get(i));
                if (p.isEmpty()) {
                    r.problem(path + ".product[" + i + "]", "unknown SKU '" + Reader.shorten(skus.get(i)) + "'");
                } else {
                    ids.add(p.get().id());
                }
            }
            if (ids.size() == skus.size()) {
                out.add(new Condition.ProductIn(ids));
            }
        });
        r.text(when, "category", path, false).flatMap(c -> r.construct(path + ".category", () -> Condition.category(Category.of(c)))).ifPresent(out::add);
        r.strings(when, "account", path).flatMap(ids -> r.all(ids, path + ".account", AccountId::of)).map(a -> (Condition) new Condition.AccountIn(Set.copyOf(a)))
                .ifPresent(out::add);
        r.strings(when, "accountTier", path).flatMap(ts -> r.all(ts, path + ".accountTier", PricingJson::tier))
                .map(t -> (Condition) new Condition.AccountTierIn(Set.copyOf(t))).ifPresent(out::add);
        r.strings(when, "accountGroup", path).ifPresent(g -> r.construct(path + ".accountGroup", () -> new Condition.AccountGroupIn(Set.copyOf(g))).ifPresent(out::add));
        r.strings(when, "region", path).ifPresent(g -> r.construct(path + ".region", () -> new Condition.RegionIn(Set.copyOf(g))).ifPresent(out::add));
        r.strings(when, "channel", path).ifPresent(g -> r.construct(path + ".channel", () -> new Condition.ChannelIn(Set.copyOf(g))).ifPresent(out::add));
        r.strings(when, "currency", path).flatMap(cs -> r.all(cs, path + ".currency", Money::currency))
                .flatMap(cs -> r.construct(path + ".currency", () -> new Condition.CurrencyIn(Set.copyOf(cs)))).ifPresent(out::add);
        r.object(when, "quantity", path, false).ifPresent(q -> {
            String at = path + ".quantity";
            r.unknownFields(q, Set.of("min", "max"), at);
            Optional<Long> min = r.present(q, "min", at, true).flatMap(v -> r.longValue(v, at + ".min", 0));
            Optional<Long> max = r.present(q, "max", at, false).flatMap(v -> r.longValue(v, at + ".max", 1));
            if (min.isPresent() && (max.isPresent() || !q.has("max") || q.get("max").isNull())) {
                r.construct(at, () -> new Condition.QuantityBetween(min.get(), max.map(OptionalLong::of).orElse(OptionalLong.empty()))).ifPresent(out::add);
            }
        });
        r.object(when, "listPrice", path, false).ifPresent(q -> {
            String at = path + ".listPrice";
            r.unknownFields(q, Set.of("min", "max"), at);
            Optional<Money> min = r.present(q, "min", at, true).flatMap(v -> r.money(v, at + ".min"));
            Optional<Money> max = r.present(q, "max", at, false).flatMap(v -> r.money(v, at + ".max"));
            if (min.isPresent() && (max.isPresent() || !q.has("max") || q.get("max").isNull())) {
                r.construct(at, () -> new Condition.ListPriceBetween(min.get(), max)).ifPresent(out::add);
            }
        });
        r.object(when, "date", path, false).ifPresent(q -> {
            String at = path + ".date";
            r.unknownFields(q, Set.of("from", "until"), at);
            Optional<LocalDate> from = r.text(q, "from", at, true).flatMap(s -> r.date(s, at + ".from"));
            Optional<LocalDate> until = r.text(q, "until", at, false).flatMap(s -> r.date(s, at + ".until"));
            if (from.isPresent() && (until.isPresent() || !q.has("until") || q.get("until").isNull())) {
                r.construct(at, () -> new Condition.DateBetween(from.get(), until)).ifPresent(out::add);
            }
        });
    }

    /** One read: collects the problems. */
    private static final class Reader {
        private final String subject;
        private final List<String> problems = new ArrayList<>();

        Reader(String subject) {
            this.subject = subject;
        }

        JsonNode parse(String json) {
            JsonNode root;
            try {
                root = MAPPER.readTree(json);
            } catch (JsonProcessingException e) {
                throw new InvalidConfigurationException(subject, List.of("$: not valid JSON: " + e.getOriginalMessage()
                        + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
            } catch (RuntimeException e) {
                throw new InvalidConfigurationException(subject, List.of("$: not valid JSON: " + e.getMessage()));
            }
            if (root == null || root.isMissingNode()) {
                throw new InvalidConfigurationException(subject, List.of("$: is empty (expected an object)"));
            }
            if (!root.isObject()) {
                throw new InvalidConfigurationException(subject, List.of("$: must be an object but was " + describe(root)));
            }
            return root;
        }

        /** Builds the result if nothing was wrong; the result's own validation problems are reported at their JSON path. */
        <T> T finish(Supplier<T> build) {
            if (problems.isEmpty()) {
                try {
                    return build.get();
                } catch (InvalidConfigurationException e) {
                    e.problems().forEach(p -> problems.add("$." + p));
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add("$: " + e.getMessage());
                }
            }
            throw new InvalidConfigurationException(subject, problems);
        }

        <T> Optional<T> construct(String at, Supplier<T> construction) {
            try {
                return Optional.of(construction.get());
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(p -> problem(at, p));
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(at, e.getMessage());
            }
            return Optional.empty();
        }

        <T> Optional<List<T>> all(List<String> values, String at, Function<String, T> parse) {
            List<T> out = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                int index = i;
                construct(at + "[" + index + "]", () -> parse.apply(v)).ifPresent(out::add);
            }
            return out.size() == values.size() ? Optional.of(out) : Optional.empty();
        }

        boolean isObject(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object but was " + describe(node));
                return false;
            }
            return true;
        }

        Optional<JsonNode> present(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(path + "." + field, "is required");
                }
                return Optional.empty();
            }
            return Optional.of(value);
        }

        Optional<String> text(JsonNode node, String field, String path, boolean required) {
            return present(node, field, path, required).flatMap(v -> {
                if (!v.isTextual()) {
                    problem(path + "." + field, "must be a string but was " + describe(v));
                    return Optional.empty();
                }
                return Optional.of(v.textValue());
            });
        }

        Optional<Boolean> bool(JsonNode node, String field, String path) {
            return present(node, field, path, false).flatMap(v -> {
                if (!v.isBoolean()) {
                    problem(path + "." + field, "must be true or false but was " + describe(v));
                    return Optional.empty();
                }
                return Optional.of(v.booleanValue());
            });
        }

        <E extends Enum<E>> Optional<E> enumValue(JsonNode node, String field, String path, Class<E> type, boolean required) {
            return text(node, field, path, required).flatMap(s -> {
                for (E e : type.getEnumConstants()) {
                    if (e.name().equalsIgnoreCase(s.strip())) {
                        return Optional.of(e);
                    }
                }
                problem(path + "." + field, "must be one of " + Arrays.toString(type.getEnumConstants()) + " but was '" + shorten(s) + "'");
                return Optional.empty();
            });
        }

        Optional<JsonNode> array(JsonNode node, String field, String path, boolean required) {
            return present(node, field, path, required).filter(v -> {
                if (!v.isArray()) {
                    problem(path + "." + field, "must be an array but was " + describe(v));
                }
                return v.isArray();
            });
        }

        Optional<JsonNode> object(JsonNode node, String field, String path, boolean required) {
            return present(node, field, path, required).filter(v -> {
                if (!v.isObject()) {
                    problem(path + "." + field, "must be an object but was " + describe(v));
                }
                return v.isObject();
            });
        }

        Optional<List<String>> strings(JsonNode node, String field, String path) {
            return array(node, field, path, false).flatMap(list -> {
                List<String> out = new ArrayList<>();
                for (int i = 0; i < list.size(); i++) {
                    if (!list.get(i).isTextual()) {
                        problem(path + "." + field + "[" + i + "]", "must be a string but was " + describe(list.get(i)));
                    } else {
                        out.add(list.get(i).textValue());
                    }
                }
                if (list.isEmpty()) {
                    problem(path + "." + field, "must not be empty");
                }
                return out.size() == list.size() && !out.isEmpty() ? Optional.of(out) : Optional.empty();
            });
        }

        Optional<Integer> integer(JsonNode v, String at, int min, int max) {
            return longValue(v, at, min).flatMap(n -> {
                if (n > max) {
                    problem(at, "must be at most " + max + " but was " + n);
                    return Optional.empty();
                }
                return Optional.of(n.intValue());
            });
        }

        Optional<Long> longValue(JsonNode v, String at, long min) {
            if (v.isNumber()) {
                BigDecimal n = v.decimalValue();
                boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
                if (whole && n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                    return Optional.of(n.longValueExact());
                }
            }
            problem(at, "must be a whole number" + (min <= Integer.MIN_VALUE ? "" : " of at least " + min) + " but was " + describe(v));
            return Optional.empty();
        }

        Optional<Percentage> percentage(JsonNode v, String at) {
            if (!v.isNumber()) {
                problem(at, "must be a number (percent) but was " + describe(v));
                return Optional.empty();
            }
            return construct(at, () -> new Percentage(v.decimalValue()));
        }

        Optional<Money> money(JsonNode v, String at) {
            if (!v.isTextual()) {
                problem(at, "must be money such as \"850.00 EUR\" but was " + describe(v));
                return Optional.empty();
            }
            String[] parts = v.textValue().strip().split("\\s+");
            if (parts.length != 2) {
                problem(at, "must be money such as \"850.00 EUR\" but was '" + shorten(v.textValue()) + "'");
                return Optional.empty();
            }
            return construct(at, () -> Money.of(parts[0], parts[1]));
        }

        Optional<LocalDate> date(String s, String at) {
            try {
                return Optional.of(LocalDate.parse(s.strip()));
            } catch (DateTimeParseException e) {
                problem(at, "must be a date such as 2026-03-01 but was '" + shorten(s) + "'");
                return Optional.empty();
            }
        }

        void unknownFields(JsonNode node, Set<String> known, String path) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!known.contains(field)) {
                    problem(path + "." + shorten(field), "unknown field (expected one of " + known.stream().sorted().toList() + ")");
                }
            }
        }

        void problem(String at, String message) {
            problems.add(at + ": " + message);
        }

        static String shorten(String s) {
            return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
        }

        static String describe(JsonNode node) {
            if (node.isNumber()) {
                return shorten(node.toString());
            }
            return node.getNodeType().name().toLowerCase(Locale.ROOT) + (node.isNull() ? "" : " " + shorten(node.toString()));
        }
    }

    private static Tier tier(String value) {
        for (Tier t : Tier.values()) {
            if (t.name().equalsIgnoreCase(value.strip())) {
                return t;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.toString(Tier.values()) + " but was '" + Reader.shorten(value) + "'");
    }
}
