package io.crmkit.scoring.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.scoring.rules.Condition;
import io.crmkit.scoring.rules.Decay;
import io.crmkit.scoring.rules.EngagementRule;
import io.crmkit.scoring.rules.FitRule;
import io.crmkit.scoring.rules.GradeScale;
import io.crmkit.scoring.rules.RuleSet;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Reads and writes lead-scoring {@link RuleSet rule sets} as JSON, so marketing operations can edit them:
 * <pre>{@code
 * {
 *   "id": "b2b", "version": 3,
 *   "fit": [
 *     {"id": "software", "when": {"attribute": "industry", "equals": "software"}, "points": 20, "reason": "Works in software"},
 *     {"id": "mid-size", "when": {"attribute": "employees", "range": {"min": 50, "max": 1000}}, "points": 15, "reason": "50 to 999 staff"},
 *     {"id": "buyer", "when": {"attribute": "authority", "in": ["decision_maker", "economic_buyer"]}, "points": 15, "reason": "Can buy"},
 *     {"id": "student", "when": {"attribute": "title", "contains": "student"}, "points": -30, "reason": "Student"},
 *     {"id": "phone", "when": {"attribute": "has_phone", "equals": true}, "points": 5, "reason": "Left a phone number"},
 *     {"id": "no-company", "when": {"attribute": "company", "missing": true}, "points": -10, "reason": "No company"}
 *   ],
 *   "engagement": [
 *     {"id": "demo", "event": "form_submit", "points": 30, "reason": "Requested a demo", "withinDays": 90, "atMost": 2,
 *      "decay": {"halfLifeDays": 30}, "group": "forms"},
 *     {"id": "visit", "event": "page_view", "points": 2, "reason": "Visited the site",
 *      "decay": {"linear": {"percentPerPeriod": 50, "periodDays": 30}}}
 *   ],
 *   "caps": {"groups": {"forms": 40}, "fit": 100, "engagement": 120, "total": 200},
 *   "grades": {"fit": [{"grade": "A", "min": 60}, {"grade": "B", "min": 35}, {"grade": "C", "min": 15}, {"grade": "D"}]},
 *   "marketingQualifiedAt": 70
 * }
 * }</pre>
 * A condition has an {@code attribute} and exactly one operator: {@code equals} (text or true/false), {@code in}
 * (a non-empty list), {@code contains}, {@code range} ({@code min} inclusive, {@code max} exclusive, either may be
 * left out for an open end), {@code exists: true} or {@code missing: true}. Points and caps are whole numbers; windows
 * and decay periods whole days. Everything but {@code id}, {@code version} and each rule's {@code id}, {@code points},
 * {@code reason} and {@code when}/{@code event} may be left out and then takes {@link RuleSet#builder}'s default (no
 * rules, no caps, the default grade scales, an MQL threshold of 100); in a grade scale only the last grade may leave
 * out its {@code min}.
 * <p>
 * {@link #read} reports every problem at once, each prefixed with its JSON path
 * ({@code $.fit[2].when.startsWith: unknown operator ...}), as an {@link InvalidConfigurationException}; it throws
 * nothing else whatever the text. {@link #write} produces JSON that {@link #read} turns back into an equal rule set.
 * Immutable and thread-safe.
 */
public final class RuleSetJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String SUBJECT = "rule set JSON";

    private static final List<String> OPERATORS = List.of("contains", "equals", "exists", "in", "missing", "range");
    private static final Set<String> ROOT_FIELDS = Set.of("id", "version", "fit", "engagement", "caps", "grades", "marketingQualifiedAt");
    private static final Set<String> FIT_FIELDS = Set.of("id", "when", "points", "reason");
    private static final Set<String> ENGAGEMENT_FIELDS = Set.of("id", "event", "points", "reason", "withinDays", "atMost", "decay", "group");
    private static final Set<String> CAPS_FIELDS = Set.of("groups", "fit", "engagement", "total");
    private static final Set<String> GRADES_FIELDS = Set.of("fit", "engagement", "total");
    private static final Set<String> GRADE_FIELDS = Set.of("grade", "min");
    private static final Set<String> RANGE_FIELDS = Set.of("min", "max");
    private static final Set<String> DECAY_FIELDS = Set.of("halfLifeDays", "linear");
    private static final Set<String> LINEAR_FIELDS = Set.of("percentPerPeriod", "periodDays");

    private static final Pattern SIMPLE_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final Pattern RULE_PATH = Pattern.compile("(fitRules|engagementRules)\\[(\\d+)](.*)");
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final long SECONDS_PER_DAY = 86_400;
    private static final int SHOWN_CHARACTERS = 60;

    /** Stands in for parts that failed to read, so whole-set checks still run with every rule at its index. */
    private static final String PROBE = "unnamed";
    private static final Condition PROBE_CONDITION = Condition.exists("unnamed");

    private static final RuleSetJson STANDARD = new RuleSetJson();

    private RuleSetJson() {
    }

    /** The reader and writer of the format above. */
    public static RuleSetJson standard() {
        return STANDARD;
    }

    /**
     * Parses and validates a rule set.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public RuleSet read(String json) {
        Objects.requireNonNull(json, "json");
        return new Reader().ruleSet(parse(json));
    }

    /**
     * Writes {@code rules} as JSON that {@link #read} turns back into an equal rule set.
     *
     * @throws IllegalArgumentException if a window or decay period is not a whole number of days, or a grade minimum
     *                                  other than the last is not a finite number, which the format cannot express
     */
    public String write(RuleSet rules) {
        Objects.requireNonNull(rules, "rules");
        ObjectNode root = NODES.objectNode();
        root.put("id", rules.id());
        root.put("version", rules.version());
        ArrayNode fit = root.putArray("fit");
        for (FitRule rule : rules.fitRules()) {
            ObjectNode node = fit.addObject();
            node.put("id", rule.id());
            node.set("when", condition(rule.condition()));
            node.put("points", rule.points());
            node.put("reason", rule.reason());
        }
        ArrayNode engagement = root.putArray("engagement");
        for (EngagementRule rule : rules.engagementRules()) {
            ObjectNode node = engagement.addObject();
            node.put("id", rule.id());
            node.put("event", rule.eventType());
            node.put("points", rule.points());
            node.put("reason", rule.reason());
            rule.window().ifPresent(w -> node.put("withinDays", days(w, "window of rule " + rule.id())));
            rule.frequencyCap().ifPresent(c -> node.put("atMost", c));
            rule.decay().ifPresent(d -> node.set("decay", decay(d, rule.id())));
            rule.group().ifPresent(g -> node.put("group", g));
        }
        if (!rules.groupCaps().isEmpty() || rules.fitCap().isPresent() || rules.engagementCap().isPresent()
                || rules.totalCap().isPresent()) {
            ObjectNode caps = root.putObject("caps");
            if (!rules.groupCaps().isEmpty()) {
                ObjectNode groups = caps.putObject("groups");
                new TreeMap<>(rules.groupCaps()).forEach(groups::put);
            }
            rules.fitCap().ifPresent(c -> caps.put("fit", c));
            rules.engagementCap().ifPresent(c -> caps.put("engagement", c));
            rules.totalCap().ifPresent(c -> caps.put("total", c));
        }
        ObjectNode grades = root.putObject("grades");
        grades.set("fit", scale(rules.fitGrades(), "fit"));
        grades.set("engagement", scale(rules.engagementGrades(), "engagement"));
        grades.set("total", scale(rules.totalGrades(), "total"));
        root.set("marketingQualifiedAt", decimal(rules.marketingQualifiedThreshold()));
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write rule set " + rules.id() + " version " + rules.version(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- writing

    private static ObjectNode condition(Condition condition) {
        ObjectNode node = NODES.objectNode();
        node.put("attribute", condition.attribute());
        if (condition instanceof Condition.Equals c) {
            node.put("equals", c.value());
        } else if (condition instanceof Condition.In c) {
            ArrayNode values = node.putArray("in");
            new TreeSet<>(c.values()).forEach(values::add);
        } else if (condition instanceof Condition.Range c) {
            ObjectNode range = node.putObject("range");
            if (c.min() != Double.NEGATIVE_INFINITY) {
                range.set("min", decimal(c.min()));
            }
            if (c.max() != Double.POSITIVE_INFINITY) {
                range.set("max", decimal(c.max()));
            }
        } else if (condition instanceof Condition.Contains c) {
            node.put("contains", c.text());
        } else if (condition instanceof Condition.Exists) {
            node.put("exists", true);
        } else {
            node.put("missing", true);
        }
        return node;
    }

    private static ObjectNode decay(Decay decay, String rule) {
        ObjectNode node = NODES.objectNode();
        if (decay instanceof Decay.HalfLife h) {
            node.put("halfLifeDays", days(h.period(), "decay period of rule " + rule));
        } else if (decay instanceof Decay.Linear l) {
            ObjectNode linear = node.putObject("linear");
            linear.set("percentPerPeriod", decimal(BigDecimal.valueOf(l.fractionPerPeriod()).movePointRight(2)));
            linear.put("periodDays", days(l.period(), "decay period of rule " + rule));
        }
        return node;
    }

    private static ArrayNode scale(GradeScale scale, String dimension) {
        ArrayNode grades = NODES.arrayNode();
        List<GradeScale.Grade> all = scale.grades();
        for (int i = 0; i < all.size(); i++) {
            GradeScale.Grade grade = all.get(i);
            ObjectNode node = grades.addObject();
            node.put("grade", grade.label());
            boolean last = i == all.size() - 1;
            if (last && grade.minimum() == Double.NEGATIVE_INFINITY) {
                continue;
            }
            if (!Double.isFinite(grade.minimum())) {
                throw new IllegalArgumentException("the minimum of " + dimension + " grade " + grade.label() + " is "
                        + grade.minimum() + ", which JSON cannot express");
            }
            node.set("min", decimal(grade.minimum()));
        }
        return grades;
    }

    private static long days(Duration duration, String what) {
        if (duration.getNano() != 0 || duration.getSeconds() % SECONDS_PER_DAY != 0
                || duration.getSeconds() / SECONDS_PER_DAY > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(what + " is " + duration
                    + ", not a whole number of days; JSON rule sets give windows and decay periods in days");
        }
        return duration.getSeconds() / SECONDS_PER_DAY;
    }

    /** A finite double as the shortest decimal that reads back to it: 60 rather than 60.0. */
    private static JsonNode decimal(double value) {
        return decimal(BigDecimal.valueOf(value));
    }

    private static JsonNode decimal(BigDecimal value) {
        BigDecimal v = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        if (v.scale() <= 0 && v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0) {
            return NODES.numberNode(v.longValueExact());
        }
        return NODES.numberNode(v);
    }

    // ---------------------------------------------------------------------------------------------- reading

    private static JsonNode parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(SUBJECT, List.of(where(e) + ": not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")")));
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: not valid JSON: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: is empty (expected a rule set object)"));
        }
        if (!root.isObject()) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: must be an object but was " + describe(root)));
        }
        return root;
    }

    /** The JSON path the parser was at when it failed, e.g. {@code $.fit[3].id} for a duplicate field. */
    private static String where(JsonProcessingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return "$";
        }
        Deque<String> steps = new ArrayDeque<>();
        for (JsonStreamContext c = parser.getParsingContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray() && c.getCurrentIndex() >= 0) {
                steps.push("[" + c.getCurrentIndex() + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                steps.push(member("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", steps);
    }

    /** One read: collects the problems. */
    private static final class Reader {

        private final List<String> problems = new ArrayList<>();
        private final Set<String> ruleIds = new HashSet<>();
        private int placeholders;

        RuleSet ruleSet(JsonNode root) {
            unknownFields(root, ROOT_FIELDS, "$");
            collectRuleIds(root);
            Optional<String> id = text(root, "id", "$", true)
                    .filter(i -> valid("$.id", () -> RuleSet.builder(i, 1).build()));
            Optional<Integer> version = present(root, "version", "$", true).flatMap(v -> integer(v, "$.version", "a whole number", Integer.MIN_VALUE));
            List<FitRule> fit = new ArrayList<>();
            array(root, "fit", "$").ifPresent(a -> {
                for (int i = 0; i < a.size(); i++) {
                    fit.add(fitRule(a.get(i), "$.fit[" + i + "]"));
                }
            });
            List<EngagementRule> engagement = new ArrayList<>();
            array(root, "engagement", "$").ifPresent(a -> {
                for (int i = 0; i < a.size(); i++) {
                    engagement.add(engagementRule(a.get(i), "$.engagement[" + i + "]"));
                }
            });
            Map<String, Integer> groupCaps = new LinkedHashMap<>();
            Optional<Integer> fitCap = Optional.empty();
            Optional<Integer> engagementCap = Optional.empty();
            Optional<Integer> totalCap = Optional.empty();
            Optional<JsonNode> caps = object(root, "caps", "$");
            if (caps.isPresent()) {
                JsonNode c = caps.get();
                unknownFields(c, CAPS_FIELDS, "$.caps");
                object(c, "groups", "$.caps").ifPresent(g -> groupCaps(g, groupCaps));
                fitCap = cap(c, "fit");
                engagementCap = cap(c, "engagement");
                totalCap = cap(c, "total");
            }
            GradeScale fitGrades = GradeScale.fitDefaults();
            GradeScale engagementGrades = GradeScale.engagementDefaults();
            GradeScale totalGrades = GradeScale.totalDefaults();
            Optional<JsonNode> grades = object(root, "grades", "$");
            if (grades.isPresent()) {
                unknownFields(grades.get(), GRADES_FIELDS, "$.grades");
                fitGrades = scale(grades.get(), "fit").orElse(fitGrades);
                engagementGrades = scale(grades.get(), "engagement").orElse(engagementGrades);
                totalGrades = scale(grades.get(), "total").orElse(totalGrades);
            }
            double mql = number(root, "marketingQualifiedAt", "$").orElse(100.0);
            try {
                RuleSet rules = new RuleSet(id.orElse(PROBE), version.orElse(1), fit, engagement, groupCaps, fitCap,
                        engagementCap, totalCap, fitGrades, engagementGrades, totalGrades, mql);
                if (problems.isEmpty()) {
                    return rules;
                }
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(p -> problems.add(repath(p)));
            }
            throw new InvalidConfigurationException(id.map(i -> "rule set '" + i + "'").orElse(SUBJECT), problems);
        }

        private FitRule fitRule(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object but was " + describe(node));
                return new FitRule(placeholderId(), PROBE_CONDITION, 0, PROBE);
            }
            int before = problems.size();
            unknownFields(node, FIT_FIELDS, path);
            Optional<String> id = text(node, "id", path, true)
                    .filter(i -> valid(path + ".id", () -> new FitRule(i, PROBE_CONDITION, 0, PROBE)));
            String rule = id.orElse(PROBE);
            Optional<Condition> when = present(node, "when", path, true).flatMap(w -> condition(w, path + ".when"));
            Optional<Integer> points = present(node, "points", path, true)
                    .flatMap(p -> integer(p, path + ".points", "a whole number", Integer.MIN_VALUE))
                    .filter(p -> valid(path + ".points", () -> new FitRule(rule, PROBE_CONDITION, p, PROBE)));
            Optional<String> reason = text(node, "reason", path, true)
                    .filter(r -> valid(path + ".reason", () -> new FitRule(rule, PROBE_CONDITION, 0, r)));
            if (problems.size() == before) {
                try {
                    return new FitRule(id.orElseThrow(), when.orElseThrow(), points.orElseThrow(), reason.orElseThrow());
                } catch (IllegalArgumentException | NullPointerException e) {
                    problem(path, e.getMessage());
                }
            }
            return new FitRule(id.orElseGet(this::placeholderId), when.orElse(PROBE_CONDITION), 0, PROBE);
        }

        private EngagementRule engagementRule(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object but was " + describe(node));
                return EngagementRule.on(placeholderId(), PROBE, 0, PROBE);
            }
            int before = problems.size();
            unknownFields(node, ENGAGEMENT_FIELDS, path);
            Optional<String> id = text(node, "id", path, true)
                    .filter(i -> valid(path + ".id", () -> EngagementRule.on(i, PROBE, 0, PROBE)));
            String rule = id.orElse(PROBE);
            Optional<String> event = text(node, "event", path, true)
                    .filter(e -> valid(path + ".event", () -> EngagementRule.on(rule, e, 0, PROBE)));
            Optional<Integer> points = present(node, "points", path, true)
                    .flatMap(p -> integer(p, path + ".points", "a whole number", Integer.MIN_VALUE))
                    .filter(p -> valid(path + ".points", () -> EngagementRule.on(rule, PROBE, p, PROBE)));
            Optional<String> reason = text(node, "reason", path, true)
                    .filter(r -> valid(path + ".reason", () -> EngagementRule.on(rule, PROBE, 0, r)));
            Optional<Duration> window = days(node, "withinDays", path);
            Optional<Integer> atMost = present(node, "atMost", path, false)
                    .flatMap(a -> integer(a, path + ".atMost", "a whole number >= 1", 1));
            Optional<Decay> decay = present(node, "decay", path, false).flatMap(d -> decay(d, path + ".decay"));
            Optional<String> group = text(node, "group", path, false)
                    .filter(g -> valid(path + ".group", () -> EngagementRule.on(rule, PROBE, 0, PROBE).inGroup(g)));
            if (problems.size() == before) {
                try {
                    return new EngagementRule(id.orElseThrow(), event.orElseThrow(), points.orElseThrow(),
                            reason.orElseThrow(), window, atMost, decay, group);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problem(path, e.getMessage());
                }
            }
            return new EngagementRule(id.orElseGet(this::placeholderId), event.orElse(PROBE), 0, PROBE, Optional.empty(),
                    Optional.empty(), Optional.empty(), group);
        }

        private Optional<Condition> condition(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object with an attribute and one operator of " + OPERATORS + " but was " + describe(node));
                return Optional.empty();
            }
            int before = problems.size();
            Optional<String> attribute = text(node, "attribute", path, true)
                    .filter(a -> valid(path + ".attribute", () -> Condition.exists(a)));
            List<String> operators = new ArrayList<>();
            boolean unknown = false;
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (OPERATORS.contains(field)) {
                    operators.add(field);
                } else if (!field.equals("attribute")) {
                    problem(member(path, field), "unknown operator (expected one of " + OPERATORS + ")");
                    unknown = true;
                }
            }
            if (operators.size() > 1) {
                problem(path, "must have exactly one operator but had " + operators);
                return Optional.empty();
            }
            if (operators.isEmpty()) {
                if (!unknown) {
                    problem(path, "needs one operator of " + OPERATORS);
                }
                return Optional.empty();
            }
            String operator = operators.get(0);
            String at = member(path, operator);
            Optional<Supplier<Condition>> parsed = operator(operator, node.get(operator), at, attribute.orElse(PROBE));
            if (problems.size() > before || parsed.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(parsed.get().get());
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(at, e.getMessage());
                return Optional.empty();
            }
        }

        /** The operator's value, checked for its type, as the condition to build once the attribute is known to be good. */
        private Optional<Supplier<Condition>> operator(String operator, JsonNode value, String at, String attribute) {
            switch (operator) {
                case "equals" -> {
                    return flagOrText(value, at).map(v -> () -> Condition.equalTo(attribute, v));
                }
                case "in" -> {
                    if (!value.isArray()) {
                        problem(at, "must be an array of strings but was " + describe(value));
                        return Optional.empty();
                    }
                    Set<String> values = new HashSet<>();
                    boolean ok = true;
                    for (int i = 0; i < value.size(); i++) {
                        Optional<String> v = flagOrText(value.get(i), at + "[" + i + "]");
                        v.ifPresent(values::add);
                        ok &= v.isPresent();
                    }
                    return ok ? Optional.of(() -> Condition.in(attribute, values)) : Optional.empty();
                }
                case "contains" -> {
                    if (!value.isTextual()) {
                        problem(at, "must be a string but was " + describe(value));
                        return Optional.empty();
                    }
                    return Optional.of(() -> Condition.contains(attribute, value.textValue()));
                }
                case "range" -> {
                    if (!value.isObject()) {
                        problem(at, "must be an object with min (inclusive), max (exclusive) or both but was " + describe(value));
                        return Optional.empty();
                    }
                    int before = problems.size();
                    unknownFields(value, RANGE_FIELDS, at);
                    double min = number(value, "min", at).orElse(Double.NEGATIVE_INFINITY);
                    double max = number(value, "max", at).orElse(Double.POSITIVE_INFINITY);
                    return problems.size() > before ? Optional.empty() : Optional.of(() -> Condition.range(attribute, min, max));
                }
                case "exists" -> {
                    return isTrue(value, at, "missing") ? Optional.of(() -> Condition.exists(attribute)) : Optional.empty();
                }
                default -> {
                    return isTrue(value, at, "exists") ? Optional.of(() -> Condition.missing(attribute)) : Optional.empty();
                }
            }
        }

        private boolean isTrue(JsonNode value, String at, String opposite) {
            if (value.isBoolean() && value.booleanValue()) {
                return true;
            }
            problem(at, "must be true (for the opposite use \"" + opposite + "\": true) but was " + describe(value));
            return false;
        }

        private Optional<String> flagOrText(JsonNode value, String at) {
            if (value.isTextual()) {
                return Optional.of(value.textValue());
            }
            if (value.isBoolean()) {
                return Optional.of(String.valueOf(value.booleanValue()));
            }
            problem(at, "must be a string or true/false but was " + describe(value)
                    + (value.isNumber() ? " (compare numbers with range)" : ""));
            return Optional.empty();
        }

        private Optional<Decay> decay(JsonNode node, String path) {
            if (!node.isObject()) {
                problem(path, "must be an object with halfLifeDays or linear but was " + describe(node));
                return Optional.empty();
            }
            int before = problems.size();
            unknownFields(node, DECAY_FIELDS, path);
            boolean halfLife = node.has("halfLifeDays");
            boolean linear = node.has("linear");
            if (halfLife && linear) {
                problem(path, "must have exactly one of [halfLifeDays, linear] but had both");
                return Optional.empty();
            }
            if (!halfLife && !linear) {
                if (problems.size() == before) {
                    problem(path, "needs one of [halfLifeDays, linear]");
                }
                return Optional.empty();
            }
            if (halfLife) {
                return days(node, "halfLifeDays", path).map(Decay::halfLife);
            }
            String at = path + ".linear";
            Optional<JsonNode> l = object(node, "linear", path);
            if (l.isEmpty()) {
                return Optional.empty();
            }
            unknownFields(l.get(), LINEAR_FIELDS, at);
            Optional<BigDecimal> percent = present(l.get(), "percentPerPeriod", at, true).flatMap(p -> {
                if (p.isNumber() && p.decimalValue().signum() > 0 && p.decimalValue().compareTo(BigDecimal.valueOf(100)) <= 0) {
                    return Optional.of(p.decimalValue());
                }
                problem(at + ".percentPerPeriod", "must be a number more than 0 and at most 100 but was " + describe(p));
                return Optional.empty();
            });
            Optional<Duration> period = present(l.get(), "periodDays", at, true)
                    .flatMap(p -> integer(p, at + ".periodDays", "a whole number of days >= 1", 1)).map(Duration::ofDays);
            if (percent.isEmpty() || period.isEmpty()) {
                return Optional.empty();
            }
            double fraction = percent.get().movePointLeft(2).doubleValue();
            if (!(fraction > 0)) {
                problem(at + ".percentPerPeriod", "must be a number more than 0 and at most 100 but was "
                        + describe(l.get().get("percentPerPeriod")) + ", which is too small to tell from 0");
                return Optional.empty();
            }
            return Optional.of(Decay.linear(fraction, period.get()));
        }

        private void groupCaps(JsonNode groups, Map<String, Integer> out) {
            for (Map.Entry<String, JsonNode> entry : groups.properties()) {
                String key = entry.getKey();
                String at = member("$.caps.groups", key);
                boolean name = valid(at, () -> RuleSet.builder(PROBE, 1).groupCap(key, 0));
                Optional<Integer> cap = integer(entry.getValue(), at, "a whole number", Integer.MIN_VALUE);
                if (name && cap.isPresent()) {
                    if (out.containsKey(key.strip())) {
                        problem(at, "group '" + key.strip() + "' is capped twice");
                    } else {
                        out.put(key.strip(), cap.get());
                    }
                }
            }
        }

        private Optional<Integer> cap(JsonNode caps, String field) {
            return present(caps, field, "$.caps", false).flatMap(c -> integer(c, "$.caps." + field, "a whole number", Integer.MIN_VALUE));
        }

        private Optional<GradeScale> scale(JsonNode grades, String field) {
            String path = "$.grades." + field;
            JsonNode node = grades.get(field);
            if (node == null || node.isNull()) {
                return Optional.empty();
            }
            if (!node.isArray()) {
                problem(path, "must be an array of {\"grade\": label, \"min\": number}, best first, but was " + describe(node));
                return Optional.empty();
            }
            int before = problems.size();
            List<GradeScale.Grade> list = new ArrayList<>();
            for (int i = 0; i < node.size(); i++) {
                String at = path + "[" + i + "]";
                JsonNode grade = node.get(i);
                if (!grade.isObject()) {
                    problem(at, "must be an object with grade and min but was " + describe(grade));
                    continue;
                }
                unknownFields(grade, GRADE_FIELDS, at);
                Optional<String> label = text(grade, "grade", at, true);
                Optional<Double> min = number(grade, "min", at);
                if (!grade.hasNonNull("min") && i < node.size() - 1) {
                    problem(at + ".min", "is required (only the last grade may leave it out)");
                }
                label.ifPresent(l -> {
                    try {
                        list.add(new GradeScale.Grade(l, min.orElse(Double.NEGATIVE_INFINITY)));
                    } catch (IllegalArgumentException e) {
                        problem(at, e.getMessage());
                    }
                });
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            try {
                return Optional.of(new GradeScale(list));
            } catch (IllegalArgumentException e) {
                problem(path, e.getMessage());
                return Optional.empty();
            }
        }

        private Optional<Duration> days(JsonNode node, String field, String path) {
            return present(node, field, path, false)
                    .flatMap(d -> integer(d, member(path, field), "a whole number of days >= 1", 1))
                    .map(Duration::ofDays);
        }

        // ------------------------------------------------------------------------------------ typed fields

        private Optional<JsonNode> present(JsonNode node, String field, String path, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    problem(member(path, field), "is required");
                }
                return Optional.empty();
            }
            return Optional.of(value);
        }

        private Optional<String> text(JsonNode node, String field, String path, boolean required) {
            return present(node, field, path, required).flatMap(value -> {
                if (!value.isTextual()) {
                    problem(member(path, field), "must be a string but was " + describe(value));
                    return Optional.empty();
                }
                return Optional.of(value.textValue());
            });
        }

        private Optional<Double> number(JsonNode node, String field, String path) {
            return present(node, field, path, false).flatMap(value -> {
                if (!value.isNumber() || !Double.isFinite(value.doubleValue())) {
                    problem(member(path, field), "must be a finite number but was " + describe(value));
                    return Optional.empty();
                }
                return Optional.of(value.doubleValue());
            });
        }

        /** A whole number from {@code min} to {@link Integer#MAX_VALUE}; 20.0 counts as whole, 2.5 does not. */
        private Optional<Integer> integer(JsonNode value, String at, String expected, int min) {
            if (value.isNumber()) {
                BigDecimal n = value.decimalValue();
                boolean whole = n.signum() == 0 || n.stripTrailingZeros().scale() <= 0;
                if (whole && n.compareTo(min == Integer.MIN_VALUE ? INT_MIN : BigDecimal.valueOf(min)) >= 0
                        && n.compareTo(INT_MAX) <= 0) {
                    return Optional.of(n.intValueExact());
                }
                if (whole && (n.compareTo(INT_MAX) > 0 || n.compareTo(INT_MIN) < 0)) {
                    problem(at, "must be " + expected + " no larger than " + Integer.MAX_VALUE + " but was " + describe(value));
                    return Optional.empty();
                }
            }
            problem(at, "must be " + expected + " but was " + describe(value));
            return Optional.empty();
        }

        private Optional<JsonNode> array(JsonNode node, String field, String path) {
            return present(node, field, path, false).filter(value -> {
                if (!value.isArray()) {
                    problem(member(path, field), "must be an array but was " + describe(value));
                }
                return value.isArray();
            });
        }

        private Optional<JsonNode> object(JsonNode node, String field, String path) {
            return present(node, field, path, false).filter(value -> {
                if (!value.isObject()) {
                    problem(member(path, field), "must be an object but was " + describe(value));
                }
                return value.isObject();
            });
        }

        private void unknownFields(JsonNode node, Set<String> known, String path) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String field = it.next();
                if (!known.contains(field)) {
                    problem(member(path, field), "unknown field (expected one of " + known.stream().sorted().toList() + ")");
                }
            }
        }

        /** Runs a constructor on a value; a rejection becomes a problem at {@code at}. */
        private boolean valid(String at, Runnable construction) {
            try {
                construction.run();
                return true;
            } catch (IllegalArgumentException | NullPointerException e) {
                problem(at, e.getMessage());
                return false;
            }
        }

        private void problem(String at, String message) {
            problems.add(at + ": " + message);
        }

        /** Every rule id written in the document, so placeholders for unreadable rules never collide with one. */
        private void collectRuleIds(JsonNode root) {
            for (String list : List.of("fit", "engagement")) {
                JsonNode rules = root.get(list);
                if (rules != null && rules.isArray()) {
                    rules.forEach(r -> {
                        if (r.isObject() && r.path("id").isTextual()) {
                            ruleIds.add(r.path("id").textValue().strip());
                        }
                    });
                }
            }
        }

        private String placeholderId() {
            String id;
            do {
                id = "unreadable-rule-" + ++placeholders;
            } while (ruleIds.contains(id));
            return id;
        }
    }

    /** A problem of {@link RuleSet}'s own validation ({@code fitRules[2].condition: ...}) at its JSON path. */
    private static String repath(String problem) {
        int colon = problem.indexOf(": ");
        if (colon < 0) {
            return "$: " + problem;
        }
        String path = problem.substring(0, colon);
        String message = problem.substring(colon);
        java.util.regex.Matcher rule = RULE_PATH.matcher(path);
        String json;
        if (rule.matches()) {
            boolean fit = rule.group(1).equals("fitRules");
            String rest = rule.group(3);
            json = (fit ? "$.fit[" : "$.engagement[") + rule.group(2) + "]"
                    + (fit && rest.startsWith(".condition") ? ".when" + rest.substring(".condition".length()) : rest);
        } else if (path.startsWith("groupCaps.")) {
            json = member("$.caps.groups", path.substring("groupCaps.".length()));
        } else {
            json = switch (path) {
                case "version" -> "$.version";
                case "fitCap" -> "$.caps.fit";
                case "engagementCap" -> "$.caps.engagement";
                case "totalCap" -> "$.caps.total";
                case "marketingQualifiedThreshold" -> "$.marketingQualifiedAt";
                default -> "$." + path;
            };
        }
        return json + message;
    }

    /** {@code path.key}, or {@code path['key']} for a key that is not a plain name. */
    private static String member(String path, String key) {
        if (SIMPLE_KEY.matcher(key).matches() && key.length() <= SHOWN_CHARACTERS) {
            return path + "." + key;
        }
        return path + "['" + abbreviate(key.replace("\\", "\\\\").replace("'", "\\'")) + "']";
    }

    private static String describe(JsonNode node) {
        if (node.isNumber()) {
            return abbreviate(node.toString());
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + (node.isNull() ? "" : " " + abbreviate(node.toString()));
    }

    private static String abbreviate(String text) {
        return text.length() <= SHOWN_CHARACTERS ? text : text.substring(0, SHOWN_CHARACTERS) + "...";
    }
}
