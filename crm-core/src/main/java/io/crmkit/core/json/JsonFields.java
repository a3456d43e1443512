package io.crmkit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Field readers shared by the JSON configuration readers: each reports a problem with its path instead of throwing. */
final class JsonFields {

    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonFields() {
    }

    /** Parses {@code json} into an object node, or throws naming {@code subject} and where the syntax broke. */
    static JsonNode object(String json, String subject) {
        JsonNode root;
        try {
            root = STRICT.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidConfigurationException(subject, List.of("$: not valid JSON: " + e.getOriginalMessage()
                    + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")")));
        }
        if (root == null || !root.isObject()) {
            throw new InvalidConfigurationException(subject, List.of("$: must be an object but was " + type(root)));
        }
        return root;
    }

    /** A whole number field, if present and valid. */
    static Optional<Integer> integer(JsonNode node, String field, String path, List<String> problems, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": is required");
            }
            return Optional.empty();
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            problems.add(path + "." + field + ": must be a whole number but was " + type(value) + " " + value);
            return Optional.empty();
        }
        return Optional.of(value.intValue());
    }

    /** A boolean field, if present and valid. */
    static Optional<Boolean> flag(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isBoolean()) {
            problems.add(path + "." + field + ": must be true or false but was " + value);
            return Optional.empty();
        }
        return Optional.of(value.booleanValue());
    }

    /** The elements of an array field (empty if absent or not an array, the latter reported). */
    static List<JsonNode> array(JsonNode node, String field, String path, List<String> problems, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": is required");
            }
            return List.of();
        }
        if (!value.isArray()) {
            problems.add(path + "." + field + ": must be an array but was " + type(value));
            return List.of();
        }
        List<JsonNode> elements = new ArrayList<>();
        value.forEach(elements::add);
        return elements;
    }

    /** The strings of an array field of strings. */
    static List<String> texts(JsonNode node, String field, String path, List<String> problems) {
        List<String> texts = new ArrayList<>();
        List<JsonNode> elements = array(node, field, path, problems, false);
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isTextual()) {
                texts.add(elements.get(i).textValue());
            } else {
                problems.add(path + "." + field + "[" + i + "]: must be a string but was " + type(elements.get(i)) + " " + elements.get(i));
            }
        }
        return texts;
    }

    /** Whether {@code node} is an object; reports it otherwise. */
    static boolean isObject(JsonNode node, String path, List<String> problems) {
        if (node != null && node.isObject()) {
            return true;
        }
        problems.add(path + ": must be an object but was " + type(node));
        return false;
    }

    static void unknownFields(JsonNode node, Set<String> known, String path, List<String> problems) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String field = it.next();
            if (!known.contains(field)) {
                problems.add(path + "." + field + ": unknown field (expected one of " + known.stream().sorted().toList() + ")");
            }
        }
    }

    static Optional<String> text(JsonNode node, String field, String path, List<String> problems, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                problems.add(path + "." + field + ": is required");
            }
            return Optional.empty();
        }
        if (!value.isTextual()) {
            problems.add(path + "." + field + ": must be a string but was " + type(value) + " " + value);
            return Optional.empty();
        }
        return Optional.of(value.textValue());
    }

    static Optional<Double> number(JsonNode node, String field, String path, List<String> problems) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isNumber()) {
            problems.add(path + "." + field + ": must be a number but was " + type(value) + " " + value);
            return Optional.empty();
        }
        return Optional.of(value.doubleValue());
    }

    static <E extends Enum<E>> Optional<E> enumValue(JsonNode node, String field, Class<E> type, String path,
                                                            List<String> problems) {
        Optional<String> text = text(node, field, path, problems, false);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, text.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            problems.add(path + "." + field + ": must be one of " + Arrays.toString(type.getEnumConstants())
                    + " but was '" + text.get() + "'");
            return Optional.empty();
        }
    }

    static Optional<UUID> uuid(String text, String path, List<String> problems) {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return Optional.of(id);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        problems.add(path + ": must be a UUID but was '" + text + "'");
        return Optional.empty();
    }

    static String type(JsonNode node) {
        return node == null ? "missing" : node.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
