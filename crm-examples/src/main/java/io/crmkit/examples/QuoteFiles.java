package io.crmkit.examples;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.json.ApprovalPolicyJson;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;
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
import io.crmkit.pricing.json.PricingJson;
import io.crmkit.pricing.pricebook.PriceBook;
import io.crmkit.pricing.quote.QuoteLine;
import io.crmkit.pricing.rule.PriceRules;
import io.crmkit.pricing.waterfall.Buyer;
import io.crmkit.pricing.waterfall.LineRequest;
import io.crmkit.pricing.waterfall.ManualDiscount;
import io.crmkit.pricing.waterfall.PricingEngine;
import io.crmkit.pricing.waterfall.WaterfallOptions;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Reads the two files of {@code crmkit quote}. The catalogue file composes the library's own JSON formats: its
 * {@code priceBooks}, {@code rules} and each {@code schedules[i].schedule} are read by {@link PricingJson}, its
 * {@code approvalPolicy} by {@link ApprovalPolicyJson}; only products, bundles, promotions, tax rates and where each
 * schedule applies are read here. Every problem of a file is reported at once with its JSON path, as an
 * {@link InvalidConfigurationException}; nothing else is thrown whatever the text.
 */
final class QuoteFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final Set<String> CATALOG_FIELDS = Set.of("products", "bundles", "priceBooks", "schedules", "rules", "promotions",
            "approvalPolicy", "taxRates", "marginWarningBelow");
    private static final Set<String> PRODUCT_FIELDS = Set.of("sku", "name", "unit", "cost", "category", "activeFrom", "activeUntil");
    private static final Set<String> BUNDLE_FIELDS = Set.of("sku", "pricing", "components");
    private static final Set<String> COMPONENT_FIELDS = Set.of("sku", "quantity", "required");
    private static final Set<String> PLACED_SCHEDULE_FIELDS = Set.of("product", "category", "schedule");
    private static final Set<String> PROMOTION_FIELDS = Set.of("code", "from", "until", "orderPercent");
    private static final Set<String> QUOTE_FIELDS = Set.of("account", "accountId", "tier", "groups", "region", "channel", "partnerDiscount",
            "distributorDiscount", "currency", "date", "validUntil", "priceBook", "promotionCodes", "lines");
    private static final Set<String> LINE_FIELDS = Set.of("key", "group", "sku", "quantity", "discountPercent", "discountPerUnit",
            "options", "termMonths", "priorQuantity");

    /** Everything the catalogue file defines; the price books in file order. */
    record CatalogFile(Catalog catalog, Map<String, PriceBook> priceBooks, PricingJson pricing, List<PlacedSchedule> schedules,
                       Optional<PriceRules> rules, List<Promotion> promotions, ApprovalPolicy approvalPolicy,
                       Map<String, Percentage> taxRates, Optional<Percentage> marginWarningBelow) {

        /** An engine over price book {@code bookId}. */
        PricingEngine engine(String bookId) {
            PricingEngine.Builder engine = PricingEngine.builder(catalog, priceBooks.get(bookId));
            for (PlacedSchedule s : schedules) {
                s.product().ifPresent(p -> engine.schedule(p, s.schedule()));
                s.category().ifPresent(c -> engine.schedule(c, s.schedule()));
            }
            rules.ifPresent(engine::rules);
            promotions.forEach(engine::promotion);
            engine.options(marginWarningBelow.map(WaterfallOptions.ofDefaults()::withMarginWarningBelow).orElse(WaterfallOptions.ofDefaults()));
            return engine.build();
        }
    }

    /** A schedule and the product or category it applies to. */
    record PlacedSchedule(Optional<ProductId> product, Optional<Category> category, DiscountSchedule schedule) {
    }

    /** Everything the quote file says. */
    record QuoteFile(String accountName, Buyer buyer, Currency currency, LocalDate date, LocalDate validUntil, String priceBook,
                     List<String> promotionCodes, List<QuoteLine> lines) {
    }

    private QuoteFiles() {
    }

    /** The product id of {@code sku}: the same in every run, so rules and contracts could name it. */
    static ProductId productId(String sku) {
        return new ProductId(UUID.nameUUIDFromBytes(("product:" + sku).getBytes(StandardCharsets.UTF_8)));
    }

    /** Reads a catalogue file. */
    static CatalogFile readCatalog(String json) {
        Problems p = new Problems("catalogue JSON");
        JsonNode root = p.parse(json);
        p.unknownFields(root, CATALOG_FIELDS, "$");
        Catalog.Builder builder = Catalog.builder();
        List<String> skus = new ArrayList<>();
        p.array(root, "products", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.products[" + i + "]";
                if (p.isObject(list.get(i), at)) {
                    product(p, list.get(i), at).ifPresent(product -> {
                        skus.add(product.sku());
                        builder.product(product);
                    });
                }
            }
        });
        p.array(root, "bundles", "$", false).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.bundles[" + i + "]";
                if (p.isObject(list.get(i), at)) {
                    bundle(p, list.get(i), at, skus).ifPresent(builder::bundle);
                }
            }
        });
        Optional<Catalog> built = p.construct("$.products", builder::build);
        p.throwIfAny();
        Catalog catalog = built.get();
        PricingJson pricing = PricingJson.of(catalog);

        Map<String, PriceBook> books = new LinkedHashMap<>();
        p.array(root, "priceBooks", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.priceBooks[" + i + "]";
                p.nested(list.get(i), at, pricing::readPriceBook).ifPresent(book -> {
                    if (books.putIfAbsent(book.id(), book) != null) {
                        p.problem(at + ".id", "price book '" + book.id() + "' is defined twice");
                    }
                });
            }
            if (list.isEmpty()) {
                p.problem("$.priceBooks", "must hold at least one price book");
            }
        });
        List<PlacedSchedule> schedules = new ArrayList<>();
        p.array(root, "schedules", "$", false).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.schedules[" + i + "]";
                if (p.isObject(list.get(i), at)) {
                    placedSchedule(p, list.get(i), at, catalog, pricing).ifPresent(schedules::add);
                }
            }
        });
        Optional<PriceRules> rules = p.present(root, "rules", "$", false).flatMap(v -> p.nested(v, "$.rules", pricing::readRules));
        List<Promotion> promotions = new ArrayList<>();
        p.array(root, "promotions", "$", false).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.promotions[" + i + "]";
                if (p.isObject(list.get(i), at)) {
                    promotion(p, list.get(i), at).ifPresent(promotions::add);
                }
            }
        });
        Optional<ApprovalPolicy> policy = p.present(root, "approvalPolicy", "$", true)
                .flatMap(v -> p.nested(v, "$.approvalPolicy", ApprovalPolicyJson.standard()::read));
        Map<String, Percentage> taxRates = new LinkedHashMap<>();
        p.object(root, "taxRates", "$", true).ifPresent(rates -> {
            for (Iterator<Map.Entry<String, JsonNode>> it = rates.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> rate = it.next();
                p.percentage(rate.getValue(), "$.taxRates." + Problems.shorten(rate.getKey())).ifPresent(r -> taxRates.put(rate.getKey(), r));
            }
        });
        Optional<Percentage> warnBelow = p.present(root, "marginWarningBelow", "$", false).flatMap(v -> p.percentage(v, "$.marginWarningBelow"));
        p.throwIfAny();
        return new CatalogFile(catalog, java.util.Collections.unmodifiableMap(books), pricing, List.copyOf(schedules), rules, List.copyOf(promotions),
                policy.orElseThrow(), Map.copyOf(taxRates), warnBelow);
    }

    /** Reads a quote file against {@code catalog}: SKUs, the price book and the region's tax rate must be known. */
    static QuoteFile readQuote(String json, CatalogFile catalog) {
        Problems p = new Problems("quote JSON");
        JsonNode root = p.parse(json);
        p.unknownFields(root, QUOTE_FIELDS, "$");
        Optional<String> account = p.text(root, "account", "$", true);
        Optional<AccountId> accountId = p.text(root, "accountId", "$", false)
                .flatMap(id -> p.construct("$.accountId", () -> AccountId.of(id)))
                .or(() -> account.map(name -> new AccountId(UUID.nameUUIDFromBytes(("account:" + name).getBytes(StandardCharsets.UTF_8)))));
        Optional<Tier> tier = p.text(root, "tier", "$", true).flatMap(t -> p.oneOf(t, "$.tier", Tier.values()));
        List<String> groups = p.strings(root, "groups", "$").orElse(List.of());
        Optional<String> region = p.text(root, "region", "$", true);
        region.filter(r -> !catalog.taxRates().containsKey(r))
                .ifPresent(r -> p.problem("$.region", "has no tax rate in the catalogue (known: " + catalog.taxRates().keySet().stream().sorted().toList() + ")"));
        Optional<String> channel = p.text(root, "channel", "$", true);
        Percentage partner = p.present(root, "partnerDiscount", "$", false).flatMap(v -> p.percentage(v, "$.partnerDiscount")).orElse(Percentage.ZERO);
        Percentage distributor = p.present(root, "distributorDiscount", "$", false).flatMap(v -> p.percentage(v, "$.distributorDiscount"))
                .orElse(Percentage.ZERO);
        Optional<Currency> currency = p.text(root, "currency", "$", true).flatMap(c -> p.construct("$.currency", () -> Money.currency(c)));
        Optional<LocalDate> date = p.text(root, "date", "$", true).flatMap(d -> p.date(d, "$.date"));
        Optional<LocalDate> validUntil = p.text(root, "validUntil", "$", false).flatMap(d -> p.date(d, "$.validUntil"));
        String defaultBook = catalog.priceBooks().keySet().iterator().next();   // the first in the catalogue file
        Optional<String> book = p.text(root, "priceBook", "$", false).or(() -> Optional.of(defaultBook)).filter(b -> {
            if (!catalog.priceBooks().containsKey(b)) {
                p.problem("$.priceBook", "unknown price book '" + Problems.shorten(b) + "' (known: "
                        + catalog.priceBooks().keySet().stream().sorted().toList() + ")");
                return false;
            }
            return true;
        });
        List<String> codes = p.strings(root, "promotionCodes", "$").orElse(List.of());
        promotionCodes(p, codes, date, catalog.promotions());
        List<QuoteLine> lines = new ArrayList<>();
        p.array(root, "lines", "$", true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String at = "$.lines[" + i + "]";
                if (p.isObject(list.get(i), at)) {
                    line(p, list.get(i), at, i, catalog.catalog()).ifPresent(lines::add);
                }
            }
            if (list.isEmpty()) {
                p.problem("$.lines", "must hold at least one line");
            }
        });
        Optional<Buyer> buyer = Optional.empty();
        if (accountId.isPresent() && tier.isPresent() && region.isPresent() && channel.isPresent()) {
            buyer = p.construct("$", () -> new Buyer(accountId.get(), tier.get(), Set.copyOf(groups), region.get(), channel.get(), partner, distributor));
        }
        p.throwIfAny();
        LocalDate on = date.orElseThrow();
        LocalDate until = validUntil.orElse(on.plusDays(30));
        if (until.isBefore(on)) {
            p.problem("$.validUntil", "must not be before the date " + on + " but was " + until);
            p.throwIfAny();
        }
        return new QuoteFile(account.orElseThrow(), buyer.orElseThrow(), currency.orElseThrow(), on, until, book.orElseThrow(),
                List.copyOf(codes), List.copyOf(lines));
    }

    /**
     * Each code must name a promotion of the catalogue (codes are upper case; surrounding blanks are ignored), once,
     * running on the quote's date: the engine would only warn about it, but a file that asks for a promotion it cannot
     * have is a mistake to fix before a customer sees the quote.
     */
    private static void promotionCodes(Problems p, List<String> codes, Optional<LocalDate> date, List<Promotion> promotions) {
        Map<String, Promotion> known = new java.util.TreeMap<>();
        promotions.forEach(promotion -> known.put(promotion.code(), promotion));
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String at = "$.promotionCodes[" + i + "]";
            String code = Promotion.normalize(codes.get(i));
            Promotion promotion = known.get(code);
            if (promotion == null) {
                p.problem(at, "unknown promotion code '" + Problems.shorten(codes.get(i)) + "' (known: " + known.keySet() + ")");
            } else if (!seen.add(code)) {
                p.problem(at, "promotion code '" + code + "' is given twice");
            } else if (date.isPresent() && !promotion.runsOn(date.get())) {
                p.problem(at, "promotion code '" + code + "' runs from " + promotion.from()
                        + promotion.until().map(u -> " until " + u + " (exclusive)").orElse("") + ", not on the quote's date " + date.get());
            }
        }
    }

    private static Optional<Product> product(Problems p, JsonNode node, String at) {
        p.unknownFields(node, PRODUCT_FIELDS, at);
        Optional<String> sku = p.text(node, "sku", at, true);
        Optional<String> name = p.text(node, "name", at, true);
        String unit = p.text(node, "unit", at, false).orElse("each");
        Optional<Money> cost = p.present(node, "cost", at, true).flatMap(v -> p.money(v, at + ".cost"));
        Optional<Category> category = p.text(node, "category", at, true).flatMap(c -> p.construct(at + ".category", () -> Category.of(c)));
        Optional<LocalDate> from = p.text(node, "activeFrom", at, true).flatMap(d -> p.date(d, at + ".activeFrom"));
        Optional<LocalDate> until = p.text(node, "activeUntil", at, false).flatMap(d -> p.date(d, at + ".activeUntil"));
        if (sku.isEmpty() || name.isEmpty() || cost.isEmpty() || category.isEmpty() || from.isEmpty()
                || (node.hasNonNull("activeUntil") && until.isEmpty())) {
            return Optional.empty();
        }
        return p.construct(at, () -> {
            Product product = Product.of(productId(sku.get()), sku.get(), name.get(), unit, cost.get(), category.get(), from.get());
            return until.map(product::activeUntil).orElse(product);
        });
    }

    private static Optional<Bundle> bundle(Problems p, JsonNode node, String at, List<String> skus) {
        p.unknownFields(node, BUNDLE_FIELDS, at);
        Optional<String> sku = p.text(node, "sku", at, true).filter(s -> p.knownSku(s, skus, at + ".sku"));
        Optional<Bundle.BundlePricing> pricing = p.text(node, "pricing", at, true)
                .flatMap(s -> p.oneOf(s, at + ".pricing", Bundle.BundlePricing.values()));
        List<BundleComponent> components = new ArrayList<>();
        boolean[] complete = {true};
        p.array(node, "components", at, true).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                String c = at + ".components[" + i + "]";
                JsonNode component = list.get(i);
                if (!p.isObject(component, c)) {
                    complete[0] = false;
                    continue;
                }
                p.unknownFields(component, COMPONENT_FIELDS, c);
                Optional<String> part = p.text(component, "sku", c, true).filter(s -> p.knownSku(s, skus, c + ".sku"));
                Optional<Long> quantity = p.present(component, "quantity", c, true).flatMap(v -> p.wholeNumber(v, c + ".quantity", 1));
                boolean required = p.bool(component, "required", c).orElse(true);
                Optional<BundleComponent> built = part.isPresent() && quantity.isPresent()
                        ? p.construct(c, () -> new BundleComponent(productId(part.get()), quantity.get(), required)) : Optional.empty();
                built.ifPresentOrElse(components::add, () -> complete[0] = false);
            }
        });
        if (sku.isEmpty() || pricing.isEmpty() || !complete[0]) {
            return Optional.empty();
        }
        return p.construct(at, () -> new Bundle(productId(sku.get()), components, pricing.get()));
    }

    private static Optional<PlacedSchedule> placedSchedule(Problems p, JsonNode node, String at, Catalog catalog, PricingJson pricing) {
        p.unknownFields(node, PLACED_SCHEDULE_FIELDS, at);
        Optional<String> sku = p.text(node, "product", at, false);
        Optional<String> category = p.text(node, "category", at, false);
        if (sku.isPresent() == category.isPresent()) {
            p.problem(at, "needs exactly one of product (a SKU) or category");
        }
        Optional<ProductId> product = sku.flatMap(s -> {
            Optional<ProductId> found = catalog.productBySku(s).map(Product::id);
            if (found.isEmpty()) {
                p.problem(at + ".product", "unknown SKU '" + Problems.shorten(s) + "'");
            }
            return found;
        });
        Optional<Category> placedIn = category.flatMap(c -> p.construct(at + ".category", () -> Category.of(c)));
        Optional<DiscountSchedule> schedule = p.present(node, "schedule", at, true).flatMap(v -> p.nested(v, at + ".schedule", pricing::readSchedule));
        if (schedule.isEmpty() || product.isPresent() == placedIn.isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new PlacedSchedule(product, placedIn, schedule.get()));
    }

    private static Optional<Promotion> promotion(Problems p, JsonNode node, String at) {
        p.unknownFields(node, PROMOTION_FIELDS, at);
        Optional<String> code = p.text(node, "code", at, true);
        Optional<LocalDate> from = p.text(node, "from", at, true).flatMap(d -> p.date(d, at + ".from"));
        Optional<LocalDate> until = p.text(node, "until", at, false).flatMap(d -> p.date(d, at + ".until"));
        Optional<Percentage> percent = p.present(node, "orderPercent", at, true).flatMap(v -> p.percentage(v, at + ".orderPercent"));
        if (code.isEmpty() || from.isEmpty() || percent.isEmpty() || (node.hasNonNull("until") && until.isEmpty())) {
            return Optional.empty();
        }
        return p.construct(at, () -> new Promotion(code.get(), from.get(), until, new Promotion.OrderPercent(percent.get())));
    }

    private static Optional<QuoteLine> line(Problems p, JsonNode node, String at, int index, Catalog catalog) {
        p.unknownFields(node, LINE_FIELDS, at);
        String key = p.text(node, "key", at, false).orElse(String.valueOf(index + 1));
        String group = p.text(node, "group", at, false).orElse("Items");
        Optional<Product> product = p.text(node, "sku", at, true).flatMap(s -> {
            Optional<Product> found = catalog.productBySku(s);
            if (found.isEmpty()) {
                p.problem(at + ".sku", "unknown SKU '" + Problems.shorten(s) + "'");
            }
            return found;
        });
        Optional<Long> quantity = p.present(node, "quantity", at, true).flatMap(v -> p.wholeNumber(v, at + ".quantity", 1));
        if (node.hasNonNull("discountPercent") && node.hasNonNull("discountPerUnit")) {
            p.problem(at, "gives both discountPercent and discountPerUnit; give at most one");
        }
        Optional<ManualDiscount> discount = p.present(node, "discountPercent", at, false)
                .flatMap(v -> p.percentage(v, at + ".discountPercent"))
                .flatMap(d -> p.construct(at + ".discountPercent", () -> ManualDiscount.percent(d)))
                .or(() -> p.present(node, "discountPerUnit", at, false).flatMap(v -> p.money(v, at + ".discountPerUnit"))
                        .flatMap(m -> p.construct(at + ".discountPerUnit", () -> ManualDiscount.amountPerUnit(m))));
        List<ProductId> options = new ArrayList<>();
        p.strings(node, "options", at).ifPresent(list -> {
            for (int i = 0; i < list.size(); i++) {
                Optional<Product> option = catalog.productBySku(list.get(i));
                if (option.isEmpty()) {
                    p.problem(at + ".options[" + i + "]", "unknown SKU '" + Problems.shorten(list.get(i)) + "'");
                } else {
                    options.add(option.get().id());
                }
            }
        });
        long term = p.present(node, "termMonths", at, false).flatMap(v -> p.wholeNumber(v, at + ".termMonths", 0)).orElse(0L);
        long prior = p.present(node, "priorQuantity", at, false).flatMap(v -> p.wholeNumber(v, at + ".priorQuantity", 0)).orElse(0L);
        if (product.isEmpty() || quantity.isEmpty()) {
            return Optional.empty();
        }
        return p.construct(at, () -> {
            LineRequest request = LineRequest.of(key, product.get().id(), quantity.get()).withTermMonths(term).withPriorQuantity(prior)
                    .withOptions(options.toArray(ProductId[]::new));
            return new QuoteLine(group, discount.map(request::withDiscount).orElse(request));
        });
    }

    /** The problems of one file, each with its JSON path. */
    private static final class Problems {
        private static final int SHOWN = 60;
        private final String subject;
        private final List<String> problems = new ArrayList<>();

        Problems(String subject) {
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

        /** Reads {@code node} with one of the library's readers, its problems moved under {@code at}. */
        <T> Optional<T> nested(JsonNode node, String at, Function<String, T> reader) {
            try {
                return Optional.of(reader.apply(MAPPER.writeValueAsString(node)));
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(problem -> problems.add(problem.startsWith("$") ? at + problem.substring(1) : at + ": " + problem));
            } catch (JsonProcessingException e) {
                problem(at, "cannot be read: " + e.getOriginalMessage());
            }
            return Optional.empty();
        }

        <T> Optional<T> construct(String at, java.util.function.Supplier<T> construction) {
            try {
                return Optional.of(construction.get());
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(problem -> problem(at, problem));
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(at, e.getMessage());
            }
            return Optional.empty();
        }

        boolean isObject(JsonNode node, String at) {
            if (!node.isObject()) {
                problem(at, "must be an object but was " + describe(node));
                return false;
            }
            return true;
        }

        boolean knownSku(String sku, List<String> skus, String at) {
            if (!skus.contains(sku)) {
                problem(at, "unknown SKU '" + shorten(sku) + "'");
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
                if (!v.isTextual() || v.textValue().isBlank()) {
                    problem(path + "." + field, "must be a non-blank string but was " + describe(v));
                    return Optional.empty();
                }
                return Optional.of(v.textValue().strip());
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
                        out.add(list.get(i).textValue().strip());
                    }
                }
                return out.size() == list.size() ? Optional.of(out) : Optional.empty();
            });
        }

        <E extends Enum<E>> Optional<E> oneOf(String text, String at, E[] values) {
            for (E e : values) {
                if (e.name().equalsIgnoreCase(text)) {
                    return Optional.of(e);
                }
            }
            problem(at, "must be one of " + Arrays.toString(values) + " but was '" + shorten(text) + "'");
            return Optional.empty();
        }

        Optional<Long> wholeNumber(JsonNode v, String at, long min) {
            if (v.isNumber()) {
                BigDecimal n = v.decimalValue();
                boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
                if (whole && n.compareTo(BigDecimal.valueOf(min)) >= 0 && n.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
                    return Optional.of(n.longValueExact());
                }
            }
            problem(at, "must be a whole number of at least " + min + " but was " + describe(v));
            return Optional.empty();
        }

        Optional<Percentage> percentage(JsonNode v, String at) {
            if (!v.isNumber()) {
                problem(at, "must be a number (percent) but was " + describe(v));
                return Optional.empty();
            }
            return construct(at, () -> new Percentage(v.decimalValue())).filter(pc -> {
                if (!pc.isBetweenZeroAndHundred()) {
                    problem(at, "must be in [0, 100] but was " + pc);
                    return false;
                }
                return true;
            });
        }

        Optional<Money> money(JsonNode v, String at) {
            String[] parts = v.isTextual() ? v.textValue().strip().split("\\s+") : new String[0];
            if (parts.length != 2) {
                problem(at, "must be money such as \"850.00 EUR\" but was " + describe(v));
                return Optional.empty();
            }
            return construct(at, () -> Money.of(parts[0], parts[1]));
        }

        Optional<LocalDate> date(String s, String at) {
            try {
                return Optional.of(LocalDate.parse(s));
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

        InvalidConfigurationException failure() {
            return new InvalidConfigurationException(subject, problems);
        }

        void throwIfAny() {
            if (!problems.isEmpty()) {
                throw failure();
            }
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
}
