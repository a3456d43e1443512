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
import java.util.OptionalLong;
import java.util.Set;

/**
 * Exports and imports {@link NaiveBayesModel}s as versioned JSON. A model is its counts, so the file shows what it
 * learned and can be checked by hand:
 * <pre>{@code
 * {
 *   "format": "crmkit.naive-bayes",
 *   "version": 1,
 *   "target": "y",
 *   "alpha": 1.0,
 *   "classCounts": {"positive": 5289, "negative": 39922},
 *   "columns": [
 *     {"name": "job", "type": "categorical", "counts": {"admin.": [631, 4540], "retired": [516, 1748]}},
 *     {"name": "age", "type": "binned", "cutPoints": [33, 48], "counts": [[1610, 10013], [1893, 17290], [1786, 12619]]},
 *     {"type": "crossed", "columns": ["month", "day"], "counts": [
 *       {"values": ["may", "5"], "counts": [33, 548]}, {"values": ["oct", "12"], "counts": [22, 15]}]}
 *   ]
 * }
 * }</pre>
 * Every count is a pair {@code [positive rows, negative rows]} with that value. A {@code categorical} column has a pair
 * per category; a {@code binned} one a pair per bin, one more than cut points; a {@code crossed} one a pair per
 * combination of values of its columns (numbers as their shortest text, {@code 5} not {@code 5.0}). A column's counts
 * add up to at most the class counts (rows with a missing value are not counted). A model read back predicts exactly
 * the same probabilities. {@link #read} reports every problem at once with its JSON path, as an
 * {@link InvalidConfigurationException}. Thread-safe.
 */
public final class NaiveBayesModelJson {

    /** The value of {@code "format"}. */
    public static final String FORMAT = "crmkit.naive-bayes";
    /** The version this class writes and reads. */
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> ROOT_FIELDS = Set.of("format", "version", "target", "alpha", "classCounts", "columns");
    private static final Set<String> CLASS_FIELDS = Set.of("positive", "negative");
    private static final Map<String, Set<String>> COLUMN_FIELDS = Map.of(
            "categorical", Set.of("name", "type", "counts"),
            "binned", Set.of("name", "type", "cutPoints", "counts"),
            "crossed", Set.of("type", "columns", "counts"));
    private static final Set<String> COMBINATION_FIELDS = Set.of("values", "counts");
    private static final String SUBJECT = "naive Bayes model JSON";

    private NaiveBayesModelJson() {
    }

    /** {@code model} as JSON that {@link #read} turns back into a model with the same predictions. */
    public static String write(NaiveBayesModel model) {
        Checks.nonNull(model, "model");
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("target", model.target());
        root.put("alpha", model.alpha());
        root.putObject("classCounts").put("positive", model.positives()).put("negative", model.negatives());
        ArrayNode columns = root.putArray("columns");
        List<FeatureColumn> features = model.featureColumns();
        for (int c = 0; c < features.size(); c++) {
            long[] p = model.positiveCounts(c);
            long[] q = model.negativeCounts(c);
            ObjectNode node = columns.addObject();
            if (features.get(c) instanceof CrossedCategories cross) {
                node.put("type", "crossed");
                ArrayNode inputs = node.putArray("columns");
                cross.inputs().forEach(inputs::add);
                ArrayNode combinations = node.putArray("counts");
                for (int k = 0; k < p.length; k++) {
                    ObjectNode combination = combinations.addObject();
                    ArrayNode values = combination.putArray("values");
                    cross.levels().get(k).forEach(values::add);
                    combination.putArray("counts").add(p[k]).add(q[k]);
                }
                continue;
            }
            node.put("name", features.get(c).column());
            if (features.get(c) instanceof OneHotCategory category) {
                node.put("type", "categorical");
                ObjectNode counts = node.putObject("counts");
                for (int k = 0; k < p.length; k++) {
                    counts.putArray(category.levels().get(k)).add(p[k]).add(q[k]);
                }
            } else if (features.get(c) instanceof QuantileBins bins) {
                node.put("type", "binned");
                ArrayNode cuts = node.putArray("cutPoints");
                for (double cut : bins.cutPoints()) {
                    cuts.add(cut);
                }
                ArrayNode counts = node.putArray("counts");
                for (int k = 0; k < p.length; k++) {
                    counts.addArray().add(p[k]).add(q[k]);
                }
            } else {
                throw new IllegalStateException("a naive Bayes model has no column like " + features.get(c));
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
    public static NaiveBayesModel read(String json) {
        Checks.nonNull(json, "json");
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidConfigurationException(SUBJECT, List.of("$: must be an object but was " + JsonFields.type(root)));
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
            throw new InvalidConfigurationException(SUBJECT, problems);
        }
        JsonFields.unknownFields(root, ROOT_FIELDS, "$", problems);
        Optional<String> target = JsonFields.text(root, "target", "$", problems);
        OptionalDouble alpha = JsonFields.number(root, "alpha", "$", problems);
        if (alpha.isPresent() && !(alpha.getAsDouble() > 0 && alpha.getAsDouble() <= NaiveBayes.MAX_ALPHA)) {
            problems.add("$.alpha: must be in (0, " + Checks.number(NaiveBayes.MAX_ALPHA) + "] but was " + alpha.getAsDouble());
        }
        OptionalLong positives = OptionalLong.empty();
        OptionalLong negatives = OptionalLong.empty();
        JsonNode classes = root.get("classCounts");
        if (classes == null || classes.isNull()) {
            problems.add("$.classCounts: is required");
        } else if (!classes.isObject()) {
            problems.add("$.classCounts: must be an object {\"positive\": ..., \"negative\": ...} but was " + JsonFields.type(classes));
        } else {
            JsonFields.unknownFields(classes, CLASS_FIELDS, "$.classCounts", problems);
            positives = classCount(classes, "positive", problems);
            negatives = classCount(classes, "negative", problems);
        }
        List<FeatureColumn> columns = new ArrayList<>();
        List<long[]> positiveCounts = new ArrayList<>();
        List<long[]> negativeCounts = new ArrayList<>();
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
                Optional<ReadColumn> column = column(list.get(c), path, problems);
                if (column.isPresent()) {
                    ReadColumn read = column.get();
                    total(read.positive, positives, path, "positive", problems);
                    total(read.negative, negatives, path, "negative", problems);
                    columns.add(read.feature);
                    positiveCounts.add(read.positive);
                    negativeCounts.add(read.negative);
                }
            }
        }
        if (problems.isEmpty()) {
            try {
                return new NaiveBayesModel(target.orElseThrow(), alpha.orElseThrow(), positives.orElseThrow(),
                        negatives.orElseThrow(), columns, positiveCounts, negativeCounts);
            } catch (IllegalArgumentException e) {
                problems.add("$: " + e.getMessage());
            }
        }
        throw new InvalidConfigurationException("naive Bayes model" + target.map(t -> " of '" + t + "'").orElse(""), problems);
    }

    private record ReadColumn(FeatureColumn feature, long[] positive, long[] negative) {
    }

    private static OptionalLong classCount(JsonNode classes, String field, List<String> problems) {
        String path = "$.classCounts." + field;
        JsonNode value = classes.get(field);
        if (value == null || value.isNull()) {
            problems.add(path + ": is required");
            return OptionalLong.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong() || value.longValue() < 1) {
            problems.add(path + ": must be a whole number of at least 1 but was " + JsonFields.type(value) + " " + value);
            return OptionalLong.empty();
        }
        return OptionalLong.of(value.longValue());
    }

    /** Reports a column whose counts of one class add up to more than the class count. */
    private static void total(long[] counts, OptionalLong classRows, String path, String label, List<String> problems) {
        if (classRows.isEmpty()) {
            return;
        }
        long sum = 0;
        for (long count : counts) {
            if (count > classRows.getAsLong() - sum) {
                problems.add(path + ".counts: the " + label + " counts add up to more than $.classCounts." + label
                        + " (" + classRows.getAsLong() + ")");
                return;
            }
            sum += count;
        }
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
        List<long[]> pairs = new ArrayList<>();
        switch (type.get()) {
            case "categorical" -> {
                JsonNode map = node.get("counts");
                List<String> levels = new ArrayList<>();
                if (map == null || map.isNull()) {
                    problems.add(path + ".counts: is required");
                } else if (!map.isObject()) {
                    problems.add(path + ".counts: must be an object of category: [positive, negative] but was " + JsonFields.type(map));
                } else if (map.isEmpty()) {
                    problems.add(path + ".counts: must name at least one category");
                } else {
                    for (Map.Entry<String, JsonNode> entry : map.properties()) {
                        pair(entry.getValue(), path + ".counts['" + entry.getKey().replace("'", "\\'") + "']", problems)
                                .ifPresent(pair -> {
                                    levels.add(entry.getKey());
                                    pairs.add(pair);
                                });
                    }
                }
                if (problems.size() > before) {
                    return Optional.empty();
                }
                return Optional.of(read(new OneHotCategory(name.orElseThrow(), levels), pairs));
            }
            case "crossed" -> {
                return crossed(node, path, problems, before);
            }
            default -> {
                Optional<double[]> cuts = JsonFields.numbers(node, "cutPoints", path, problems);
                JsonNode counts = node.get("counts");
                if (counts == null || counts.isNull()) {
                    problems.add(path + ".counts: is required");
                } else if (!counts.isArray()) {
                    problems.add(path + ".counts: must be an array of [positive, negative] pairs but was " + JsonFields.type(counts));
                } else {
                    for (int k = 0; k < counts.size(); k++) {
                        pair(counts.get(k), path + ".counts[" + k + "]", problems).ifPresent(pairs::add);
                    }
                }
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
                    if (counts != null && counts.isArray() && counts.size() != c.length + 1) {
                        problems.add(path + ".counts: must have one pair more than cutPoints (" + (c.length + 1)
                                + ") but had " + counts.size());
                    }
                }
                if (problems.size() > before) {
                    return Optional.empty();
                }
                return Optional.of(read(new QuantileBins(name.orElseThrow(), cuts.orElseThrow()), pairs));
            }
        }
    }

    private static ReadColumn read(FeatureColumn feature, List<long[]> pairs) {
        long[] p = new long[pairs.size()];
        long[] q = new long[pairs.size()];
        for (int k = 0; k < p.length; k++) {
            p[k] = pairs.get(k)[0];
            q[k] = pairs.get(k)[1];
        }
        return new ReadColumn(feature, p, q);
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
        List<long[]> pairs = new ArrayList<>();
        JsonNode combinations = node.get("counts");
        if (combinations == null || combinations.isNull()) {
            problems.add(path + ".counts: is required");
        } else if (!combinations.isArray() || combinations.isEmpty()) {
            problems.add(path + ".counts: must be a non-empty array of {\"values\": [...], \"counts\": [positive, negative]} but was "
                    + JsonFields.type(combinations));
        } else {
            for (int k = 0; k < combinations.size(); k++) {
                String at = path + ".counts[" + k + "]";
                JsonNode combination = combinations.get(k);
                if (!combination.isObject()) {
                    problems.add(at + ": must be an object but was " + JsonFields.type(combination));
                    continue;
                }
                JsonFields.unknownFields(combination, COMBINATION_FIELDS, at, problems);
                JsonNode counts = combination.get("counts");
                Optional<long[]> pair = Optional.empty();
                if (counts == null || counts.isNull()) {
                    problems.add(at + ".counts: is required");
                } else {
                    pair = pair(counts, at + ".counts", problems);
                }
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
                } else if (pair.isPresent() && level.size() == inputs.size()) {
                    levels.add(level);
                    pairs.add(pair.get());
                }
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(read(new CrossedCategories(inputs, levels), pairs));
    }

    /** A {@code [positive, negative]} pair of whole numbers {@code >= 0}. */
    private static Optional<long[]> pair(JsonNode node, String path, List<String> problems) {
        if (!node.isArray() || node.size() != 2) {
            problems.add(path + ": must be a pair [positive, negative] of row counts but was " + JsonFields.type(node) + " " + node);
            return Optional.empty();
        }
        long[] pair = new long[2];
        boolean ok = true;
        for (int k = 0; k < 2; k++) {
            JsonNode count = node.get(k);
            if (!count.isIntegralNumber() || !count.canConvertToLong() || count.longValue() < 0) {
                problems.add(path + "[" + k + "]: must be a whole number of at least 0 but was " + JsonFields.type(count) + " " + count);
                ok = false;
            } else {
                pair[k] = count.longValue();
            }
        }
        return ok ? Optional.of(pair) : Optional.empty();
    }
}
