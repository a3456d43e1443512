package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.approval.ApprovalCondition;
import io.crmkit.core.approval.ApprovalLevel;
import io.crmkit.core.approval.ApprovalPolicy;
import io.crmkit.core.approval.ApprovalRule;
import io.crmkit.core.approval.ConditionLogic;
import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads {@link ApprovalPolicy approval policies} from JSON, so administrators can edit who approves what:
 * <pre>{@code
 * {"id": "quotes", "version": 2, "rules": [
 *   {"id": "discount", "name": "Large discount",
 *    "conditions": [{"fact": "discountPercent", "greaterThan": 20},
 *                   {"fact": "discountPercent", "greaterThan": 10},
 *                   {"fact": "netAmount", "atLeast": 100000}],
 *    "logic": "1 OR (2 AND 3)",
 *    "levels": ["manager", {"name": "director", "role": "sales-director"}],
 *    "mode": "SEQUENTIAL"}
 * ]}
 * }</pre>
 * A condition names a {@code fact} and exactly one of {@code greaterThan}, {@code atLeast}, {@code lessThan},
 * {@code atMost} (numbers) or {@code anyOf} (a list of labels). {@code logic} is {@code ALL} (the default),
 * {@code ANY} or custom logic over the 1-based condition numbers; {@code mode} is {@code SEQUENTIAL} (the default) or
 * {@code PARALLEL}; a level is a role name or an object with {@code name} and {@code role}. {@link #read} reports
 * every problem at once, each prefixed with its JSON path, as an {@link InvalidConfigurationException}, and throws
 * nothing else whatever the text. Immutable and thread-safe.
 */
public final class ApprovalPolicyJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final String SUBJECT = "approval policy JSON";
    private static final Set<String> ROOT_FIELDS = Set.of("id", "version", "rules");
    private static final Set<String> RULE_FIELDS = Set.of("id", "name", "conditions", "logic", "levels", "mode");
    private static final Map<String, ApprovalCondition.Operator> OPERATORS = Map.of(
            "greaterThan", ApprovalCondition.Operator.GREATER_THAN, "atLeast", ApprovalCondition.Operator.AT_LEAST,
            "lessThan", ApprovalCondition.Operator.LESS_THAN, "atMost", ApprovalCondition.Operator.AT_MOST,
            "anyOf", ApprovalCondition.Operator.ANY_OF);
    private static final List<String> OPERATOR_NAMES = OPERATORS.keySet().stream().sorted().toList();
    private static final int SHOWN = 60;
    private static final ApprovalPolicyJson STANDARD = new ApprovalPolicyJson();

    private ApprovalPolicyJson() {
    }

    /** The reader of the format above. */
    public static ApprovalPolicyJson standard() {
        return STANDARD;
    }

    /**
     * Parses and validates an approval policy.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public ApprovalPolicy read(String json) {
        Require.nonNull(json, "json");
        List<String> problems = new ArrayList<>();
        JsonNode root = parse(json);
        unknownFields(root, ROOT_FIELDS, "$", problems);
        Optional<String> id = text(root, "id", "$", true, problems);
        Optional<Integer> version = Optional.empty();
        JsonNode v = root.get("version");
        if (v == null || v.isNull()) {
            problems.add("$.version: is required");
        } else if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < 1) {
            problems.add("$.version: must be a whole number of at least 1 but was " + describe(v));
        } else {
            version = Optional.of(v.intValue());
        }
        List<ApprovalRule> rules = new ArrayList<>();
        JsonNode list = root.get("rules");
        if (list == null || list.isNull()) {
            problems.add("$.rules: is required");
        } else if (!list.isArray()) {
            problems.add("$.rules: must be an array but was " + describe(list));
        } else {
            for (int i = 0; i < list.size(); i++) {
                rule(list.get(i), "$.rules[" + i + "]", problems).ifPresent(rules::add);
            }
        }
        if (problems.isEmpty()) {
            try {
                return new ApprovalPolicy(id.orElseThrow(), version.orElseThrow(), rules);
            } catch (InvalidConfigurationException e) {
                e.problems().forEach(p -> problems.add("$." + p));
            } catch (IllegalArgumentException e) {
                problems.add("$: " + e.getMessage());
            }
        }
        throw new InvalidConfigurationException(SUBJECT, problems);
    }

    private static Optional<ApprovalRule> rule(JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object but was " + describe(node));
            return Optional.empty();
        }
        int before = problems.size();
        unknownFields(node, RULE_FIELDS, path, problems);
        Optional<String> id = text(node, "id", path, true, problems);
        Optional<String> name = text(node, "name", path, false, problems);
        List<ApprovalCondition> conditions = new ArrayList<>();
        JsonNode list = node.get("conditions");
        if (list == null || list.isNull() || !list.isArray()) {
            problems.add(path + ".conditions: " + (list == null || list.isNull() ? "is required" : "must be an array but was " + describe(list)));
        } else {
            for (int i = 0; i < list.size(); i++) {
                condition(list.get(i), path + ".conditions[" + i + "]", problems).ifPresent(conditions::add);
            }
        }
        ConditionLogic logic = ConditionLogic.all();
        Optional<String> logicText = text(node, "logic", path, false, problems);
        if (logicText.isPresent()) {
            String l = logicText.get().strip().toUpperCase(Locale.ROOT);
            if (l.equals("ALL")) {
                logic = ConditionLogic.all();
            } else if (l.equals("ANY")) {
                logic = ConditionLogic.any();
            } else {
                Optional<ConditionLogic> parsed = construct(path + ".logic", () -> ConditionLogic.parse(logicText.get()), problems);
                logic = parsed.orElse(null);
            }
        }
        ApprovalRule.Mode mode = ApprovalRule.Mode.SEQUENTIAL;
        Optional<String> modeText = text(node, "mode", path, false, problems);
        if (modeText.isPresent()) {
            String m = modeText.get().strip().toUpperCase(Locale.ROOT);
            if (m.equals("PARALLEL")) {
                mode = ApprovalRule.Mode.PARALLEL;
            } else if (!m.equals("SEQUENTIAL")) {
                problems.add(path + ".mode: must be SEQUENTIAL or PARALLEL but was '" + shorten(modeText.get()) + "'");
            }
        }
        List<ApprovalLevel> levels = new ArrayList<>();
        JsonNode levelList = node.get("levels");
        if (levelList == null || levelList.isNull() || !levelList.isArray()) {
            problems.add(path + ".levels: " + (levelList == null || levelList.isNull() ? "is required" : "must be an array but was " + describe(levelList)));
        } else {
            for (int i = 0; i < levelList.size(); i++) {
                level(levelList.get(i), path + ".levels[" + i + "]", problems).ifPresent(levels::add);
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        ConditionLogic finalLogic = logic;
        ApprovalRule.Mode finalMode = mode;
        try {
            return Optional.of(new ApprovalRule(id.orElseThrow(), name.orElse(id.orElseThrow()), conditions, finalLogic, levels, finalMode));
        } catch (InvalidConfigurationException e) {
            e.problems().forEach(p -> problems.add(path + "." + p));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(path + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<ApprovalCondition> condition(JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object but was " + describe(node));
            return Optional.empty();
        }
        Optional<String> fact = text(node, "fact", path, true, problems);
        List<String> operators = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (OPERATORS.containsKey(field)) {
                operators.add(field);
            } else if (!field.equals("fact")) {
                problems.add(path + "." + shorten(field) + ": unknown field (expected fact and one of " + OPERATOR_NAMES + ")");
            }
        }
        if (operators.size() != 1) {
            problems.add(path + ": needs exactly one of " + OPERATOR_NAMES + " but had " + operators);
            return Optional.empty();
        }
        String op = operators.get(0);
        JsonNode value = node.get(op);
        String at = path + "." + op;
        if (fact.isEmpty()) {
            return Optional.empty();
        }
        if (op.equals("anyOf")) {
            if (!value.isArray() || value.isEmpty()) {
                problems.add(at + ": must be a non-empty array of labels but was " + describe(value));
                return Optional.empty();
            }
            Set<String> labels = new LinkedHashSet<>();
            for (int i = 0; i < value.size(); i++) {
                if (!value.get(i).isTextual()) {
                    problems.add(at + "[" + i + "]: must be a string but was " + describe(value.get(i)));
                } else {
                    labels.add(value.get(i).textValue());
                }
            }
            if (labels.size() != value.size()) {
                return Optional.empty();
            }
            return construct(path, () -> new ApprovalCondition(fact.get(), ApprovalCondition.Operator.ANY_OF, Optional.empty(), labels), problems);
        }
        if (!value.isNumber()) {
            problems.add(at + ": must be a number but was " + describe(value));
            return Optional.empty();
        }
        BigDecimal threshold = value.decimalValue();
        return construct(path, () -> new ApprovalCondition(fact.get(), OPERATORS.get(op), Optional.of(threshold), Set.of()), problems);
    }

    private static Optional<ApprovalLevel> level(JsonNode node, String path, List<String> problems) {
        if (node.isTextual()) {
            return construct(path, () -> ApprovalLevel.of(node.textValue()), problems);
        }
        if (!node.isObject()) {
            problems.add(path + ": must be a role name or an object with name and role but was " + describe(node));
            return Optional.empty();
        }
        unknownFields(node, Set.of("name", "role"), path, problems);
        Optional<String> name = text(node, "name", path, true, problems);
        Optional<String> role = text(node, "role", path, true, problems);
        if (name.isEmpty() || role.isEmpty()) {
            return Optional.empty();
        }
        return construct(path, () -> new ApprovalLevel(name.get(), role.get()), problems);
    }

    private static JsonNode parse(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        } catch (RuntimeException e) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: not valid JSON: " + e.getMessage()));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: is empty (expected an approval policy object)"));
        }
        if (!root.isObject()) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: must be an object but was " + describe(root)));
        }
        return root;
    }

    private static <T> Optional<T> construct(String at, Supplier<T> construction, List<String> problems) {
        try {
            return Optional.of(construction.get());
        } catch (InvalidConfigurationException e) {
            e.problems().forEach(p -> problems.add(at + ": " + p));
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(at + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<String> text(JsonNode node, String field, String path, boolean required, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": is required");
            }
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field + ": must be a string but was " + describe(value));
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    private static void unknownFields(JsonNode node, Set<String> known, String path, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                problems.add(path + "." + shorten(field) + ": unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    private static String describe(JsonNode node) {
        if (node.isNumber()) {
            return shorten(node.toString());
        }
        return node.getNodeType().name().toLowerCase(Locale.ROOT) + (node.isNull() ? "" : " " + shorten(node.toString()));
    }

    private static String shorten(String s) {
        return s.length() <= SHOWN ? s : s.substring(0, SHOWN) + "...";
    }
}
