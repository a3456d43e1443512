package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Exports and imports {@link LogisticModel}s as versioned JSON, so a model trained once can be stored, reviewed and
 * shipped to where leads are scored:
 * <pre>{@code
 * {
 *   "format": "crmkit.logistic",
 *   "version": 1,
 *   "target": "y",
 *   "intercept": -2.41,
 *   "columns": [
 *     {"name": "age", "type": "numeric", "mean": 40.93, "sd": 10.62, "coefficient": 0.012},
 *     {"name": "job", "type": "categorical", "coefficients": {"admin.": 0.05, "retired": 0.31}},
 *     {"name": "balance", "type": "binned", "cutPoints": [0, 448], "coefficients": [-0.2, 0.01, 0.15]},
 *     {"type": "crossed", "columns": ["month", "day"], "coefficients": [
 *       {"values": ["may", "5"], "coefficient": -0.3}, {"values": ["oct", "12"], "coefficient": 0.9}]}
 *   ]
 * }
 * }</pre>
 * A {@code numeric} column is standardised, {@code (x - mean) / sd}; a {@code categorical} one has a coefficient per
 * category; a {@code binned} one has one coefficient more than cut points; a {@code crossed} one has a coefficient per
 * combination of values of its columns (numbers as their shortest text, {@code 5} not {@code 5.0}). Numbers are written exactly, so a model
 * read back predicts exactly the same probabilities. {@link #read} reports every problem at once with its JSON path,
 * as an {@link InvalidConfigurationException}. Thread-safe.
 */
public final class LogisticModelJson {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "crmkit.logistic";
    /** The version this class writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "target", "intercept", "columns");
    private static final Map<String, Set<String>> COLUMN_FIELDS = Map.of(
            "numeric", Set.of("name", "type", "mean", "sd", "coefficient"),
            "categorical", Set.of("name", "type", "coefficients"),
            "binned", Set.of("name", "type", "cutPoints", "coefficients"),
            "crossed", Set.of("type", "columns", "coefficients"));
    private static final Set<String> COMBINATION_FIELDS = Set.of("values", "coefficient");

    private LogisticModelJson() {
    }

    /** {@code model} as JSON that {@link #read} turns back into a model with the same predictions. */
    public static String write(LogisticModel model) {
        Checks.nonNull(model, "model");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("target", model.target());
        root.put("intercept", model.intercept());
        ArrayNode columns = root.putArray("columns");
        List<FeatureColumn> features = model.featureColumns();
        for (int c = 0; c < features.size(); c++) {
            double[] beta = model.coefficientsOf(c);
            ObjectNode node = columns.addObject();
            if (features.get(c) instanceof CrossedCategories cross) {
                node.put("type", "crossed");
                ArrayNode inputs = node.putArray("columns");
                cross.inputs().forEach(inputs::add);
                ArrayNode combinations = node.putArray("coefficients");
                for (int k = 0; k < beta.length; k++) {
                    ObjectNode combination = combinations.addObject();
                    ArrayNode values = combination.putArray("values");
                    cross.levels().get(k).forEach(values::add);
                    combination.put("coefficient", beta[k]);
                }
                continue;
            }
            node.put("name", features.get(c).column());
            if (features.get(c) instanceof StandardizedNumber number) {
                node.put("type", "numeric");
                node.put("mean", number.mean());
                node.put("sd", number.sd());
                node.put("coefficient", beta[0]);
            } else if (features.get(c) instanceof OneHotCategory category) {
                node.put("type", "categorical");
                ObjectNode coefficients = node.putObject("coefficients");
                for (int k = 0; k < beta.length; k++) {
                    coefficients.put(category.levels().get(k), beta[k]);
                }
            } else if (features.get(c) instanceof QuantileBins bins) {
                node.put("type", "binned");
                ArrayNode cuts = node.putArray("cutPoints");
                for (double cut : bins.cutPoints()) {
                    cuts.add(cut);
                }
                ArrayNode coefficients = node.putArray("coefficients");
                for (double b : beta) {
                    coefficients.add(b);
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + model, e);
        }
    }

    /**
     * Parses and validates a model.
     *
     * @throws InvalidConfigurationException with every problem, each prefixed with its JSON path
     */
    public static LogisticModel read(String json) {
        Checks.nonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException("logistic model JSON", List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidConfigurationException("logistic model JSON", List.of("$: must be an object but was " + JsonFields.type(root)));
        }
        List<String> problems = new ArrayList<>();
        Optional<String> format = JsonFields.text(root, "format", "$", problems);
        if (format.isPresent() && !format.get().equals(FORMAT)) {
            problems.add("$.format: must be '" + FORMAT + "' but was '" + format.get() + "'");
        }
        JsonNode version = root.get("version");
        if (version == null || version.isNull()) {
            problems.add("$.version: is required");
        } else if (!version.isIntegralNumber() || !version.canConvertToInt()) {
            problems.add("$.version: must be a whole number but was " + JsonFields.type(version) + " " + version);
        } else if (version.intValue() != VERSION) {
            problems.add("$.version: unsupported version " + version.intValue() + "; this reader knows version " + VERSION);
        }
        if (!problems.isEmpty()) {
            // another format or version: its other fields may mean something else, so say only that
            throw new InvalidConfigurationException("logistic model JSON", problems);
        }
        JsonFields.unknownFields(root, ROOT_FIELDS, "$", problems);
        Optional<String> target = JsonFields.text(root, "target", "$", problems);
        OptionalDouble intercept = JsonFields.number(root, "intercept", "$", problems);
        List<FeatureColumn> columns = new ArrayList<>();
        List<double[]> coefficients = new ArrayList<>();
        JsonNode list = root.get("columns");
        if (list == null || list.isNull()) {
            problems.add("$.columns: is required");
        } else if (!list.isArray()) {
            problems.add("$.columns: must be an array but was " + JsonFields.type(list));
        } else {
            Map<String, Integer> names = new HashMap<>();
            for (int c = 0; c < list.size(); c++) {
                String path = "$.columns[" + c + "]";
                JsonNode name = list.get(c).path("name");
                if (name.isTextual()) {
                    Integer before = names.putIfAbsent(name.textValue(), c);
                    if (before != null) {
                        problems.add(path + ".name: column '" + name.textValue() + "' appears twice (also at $.columns[" + before + "])");
                    } else if (target.isPresent() && target.get().equals(name.textValue())) {
                        problems.add(path + ".name: column '" + name.textValue() + "' is the target");
                    }
                }
                column(list.get(c), path, problems).ifPresent(column -> {
                    columns.add(column.feature);
                    coefficients.add(column.coefficients);
                });
            }
        }
        if (problems.isEmpty()) {
            try {
                return LogisticModel.of(target.orElseThrow(), intercept.orElseThrow(), columns, coefficients);
            } catch (IllegalArgumentException e) {
                problems.add("$: " + e.getMessage());
            }
        }
        throw new InvalidConfigurationException("logistic model" + target.map(t -> " of '" + t + "'").orElse(""), problems);
    }

    private record ReadColumn(FeatureColumn feature, double[] coefficients) {
    }

    private static Optional<ReadColumn> column(JsonNode node, String path, List<String> problems) {
        if (!node.isObject()) {
            problems.add(path + ": must be an object but was " + JsonFields.type(node));
            return Optional.empty();
        }
        int before = problems.size();
        boolean crossed = "crossed".equals(node.path("type").textValue());
        Optional<String> name = crossed ? Optional.empty() : JsonFields.text(node, "name", path, problems);
        Optional<String> type = JsonFields.text(node, "type", path, problems);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Set<String> fields = COLUMN_FIELDS.get(type.get());
        if (fields == null) {
            problems.add(path + ".type: must be one of " + COLUMN_FIELDS.keySet().stream().sorted().toList()
                    + " but was '" + type.get() + "'");
            return Optional.empty();
        }
        JsonFields.unknownFields(node, fields, path, problems);
        switch (type.get()) {
            case "numeric" -> {
                OptionalDouble mean = JsonFields.number(node, "mean", path, problems);
                OptionalDouble sd = JsonFields.number(node, "sd", path, problems);
                OptionalDouble coefficient = JsonFields.number(node, "coefficient", path, problems);
                if (sd.isPresent() && !(sd.getAsDouble() > 0)) {
                    problems.add(path + ".sd: must be positive but was " + sd.getAsDouble());
                }
                if (problems.size() > before) {
                    return Optional.empty();
                }
                return Optional.of(new ReadColumn(new StandardizedNumber(name.orElseThrow(), mean.getAsDouble(), sd.getAsDouble()),
                        new double[] {coefficient.getAsDouble()}));
            }
            case "categorical" -> {
                JsonNode map = node.get("coefficients");
                List<String> levels = new ArrayList<>();
                List<Double> betas = new ArrayList<>();
                if (map == null || map.isNull()) {
                    problems.add(path + ".coefficients: is required");
                } else if (!map.isObject()) {
                    problems.add(path + ".coefficients: must be an object of category: coefficient but was " + JsonFields.type(map));
                } else if (map.isEmpty()) {
                    problems.add(path + ".coefficients: must name at least one category");
                } else {
                    for (Map.Entry<String, JsonNode> entry : map.properties()) {
                        JsonFields.finite(entry.getValue(), path + ".coefficients['" + entry.getKey().replace("'", "\\'") + "']", problems)
                                .ifPresent(beta -> {
                                    levels.add(entry.getKey());
                                    betas.add(beta);
                                });
                    }
                }
                if (problems.size() > before) {
                    return Optional.empty();
                }
                return Optional.of(new ReadColumn(new OneHotCategory(name.orElseThrow(), levels),
                        betas.stream().mapToDouble(Double::doubleValue).toArray()));
            }
            case "crossed" -> {
                return crossed(node, path, problems, before);
            }
            default -> {
                Optional<double[]> cuts = JsonFields.numbers(node, "cutPoints", path, problems);
                Optional<double[]> betas = JsonFields.numbers(node, "coefficients", path, problems);
                if (cuts.isPresent()) {
                    double[] c = cuts.get();
                    if (c.length == 0) {
                        problems.add(path + ".cutPoints: must have at least one cut point");
                    }
                    for (int k = 1; k < c.length; k++) {
                        if (!(c[k] > c[k - 1])) {
                            problems.add(path + ".cutPoints[" + k + "]: must be greater than the cut point before it ("
                                    + c[k - 1] + ") but was " + c[k]);
                        }
                    }
                    if (betas.isPresent() && betas.get().length != c.length + 1) {
                        problems.add(path + ".coefficients: must have one more value than cutPoints (" + (c.length + 1)
                                + ") but had " + betas.get().length);
                    }
                }
                if (problems.size() > before) {
                    return Optional.empty();
                }
                return Optional.of(new ReadColumn(new QuantileBins(name.orElseThrow(), cuts.orElseThrow()), betas.orElseThrow()));
            }
        }
    }

    private static Optional<ReadColumn> crossed(JsonNode node, String path, List<String> problems, int before) {
        List<String> inputs = new ArrayList<>();
        JsonNode columns = node.get("columns");
        if (columns == null || columns.isNull()) {
            problems.add(path + ".columns: is required");
        } else if (!columns.isArray() || columns.size() < 2) {
            problems.add(path + ".columns: must be an array of two or more column names but was " + JsonFields.type(columns) + " " + columns);
        } else {
            for (int k = 0; k < columns.size(); k++) {
                JsonNode column = columns.get(k);
                if (!column.isTextual() || column.textValue().isBlank()) {
                    problems.add(path + ".columns[" + k + "]: must be a non-blank string but was " + JsonFields.type(column) + " " + column);
                } else if (inputs.contains(column.textValue())) {
                    problems.add(path + ".columns[" + k + "]: column '" + column.textValue() + "' appears twice");
                } else {
                    inputs.add(column.textValue());
                }
            }
        }
        List<List<String>> levels = new ArrayList<>();
        Set<List<String>> seen = new HashSet<>();
        List<Double> betas = new ArrayList<>();
        JsonNode combinations = node.get("coefficients");
        if (combinations == null || combinations.isNull()) {
            problems.add(path + ".coefficients: is required");
        } else if (!combinations.isArray() || combinations.isEmpty()) {
            problems.add(path + ".coefficients: must be a non-empty array of {\"values\": [...], \"coefficient\": ...} but was "
                    + JsonFields.type(combinations));
        } else {
            for (int k = 0; k < combinations.size(); k++) {
                String at = path + ".coefficients[" + k + "]";
                JsonNode combination = combinations.get(k);
                if (!combination.isObject()) {
                    problems.add(at + ": must be an object but was " + JsonFields.type(combination));
                    continue;
                }
                JsonFields.unknownFields(combination, COMBINATION_FIELDS, at, problems);
                OptionalDouble beta = JsonFields.number(combination, "coefficient", at, problems);
                JsonNode values = combination.get("values");
                List<String> level = new ArrayList<>();
                if (values == null || !values.isArray() || columns != null && columns.isArray() && values.size() != columns.size()) {
                    problems.add(at + ".values: must be an array of one value per column (" + (columns == null ? "?" : columns.size())
                            + ") but was " + JsonFields.type(values) + (values == null ? "" : " " + values));
                } else {
                    for (int v = 0; v < values.size(); v++) {
                        if (values.get(v).isTextual()) {
                            level.add(values.get(v).textValue());
                        } else {
                            problems.add(at + ".values[" + v + "]: must be a string but was " + JsonFields.type(values.get(v)) + " " + values.get(v));
                        }
                    }
                }
                if (!seen.add(level)) {
                    problems.add(at + ".values: combination " + level + " appears twice");
                } else if (beta.isPresent() && level.size() == inputs.size()) {
                    levels.add(level);
                    betas.add(beta.getAsDouble());
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ReadColumn(new CrossedCategories(inputs, levels), betas.stream().mapToDouble(Double::doubleValue).toArray()));
    }
}
