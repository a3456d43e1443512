package io.crmkit.scoring.predictive;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/** Reading JSON fields with every problem recorded with its path: shared by the model readers. */
final class JsonFields {

    private JsonFields() {
    }

    static void unknownFields(JsonNode node, Set<String> known, String path, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                problems.add(path + "." + field + ": unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    static Optional<String> text(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(path + "." + field + ": is required");
            return Optional.empty();
        }
        if (!value.isTextual() || value.textValue().isBlank()) {
            problems.add(path + "." + field + ": must be a non-blank string but was " + type(value) + " " + value);
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    static OptionalDouble number(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(path + "." + field + ": is required");
            return OptionalDouble.empty();
        }
        return finite(value, path + "." + field, problems).map(OptionalDouble::of).orElse(OptionalDouble.empty());
    }

    static Optional<Double> finite(JsonNode value, String path, List<String> problems) {
        if (!value.isNumber()) {
            problems.add(path + ": must be a number but was " + type(value) + " " + value);
            return Optional.empty();
        }
        double d = value.doubleValue();
        if (!Double.isFinite(d)) {
            problems.add(path + ": must be a finite number but was " + d);
            return Optional.empty();
        }
        return Optional.of(d);
    }

    static Optional<double[]> numbers(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            problems.add(path + "." + field + ": is required");
            return Optional.empty();
        }
        if (!value.isArray()) {
            problems.add(path + "." + field + ": must be an array of numbers but was " + type(value));
            return Optional.empty();
        }
        double[] numbers = new double[value.size()];
        boolean ok = true;
        for (int k = 0; k < numbers.length; k++) {
            Optional<Double> d = finite(value.get(k), path + "." + field + "[" + k + "]", problems);
            ok &= d.isPresent();
            numbers[k] = d.orElse(Double.NaN);
        }
        return ok ? Optional.of(numbers) : Optional.empty();
    }

    static String type(JsonNode node) {
        return node == null ? "missing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
