package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A cross of two or more columns as one feature per combination of their values seen in training (e.g. the month and
 * day of a call: the date). Lets an additive model learn effects of combinations. A number takes part as its shortest
 * text ({@code 5}, {@code 2.5}); a row with any of the values missing, or a combination not seen in training, has no
 * feature.
 */
record CrossedCategories(List<String> inputs, List<List<String>> levels, Map<List<String>, Integer> index)
        implements FeatureColumn {

    CrossedCategories(List<String> inputs, List<List<String>> levels) {
        this(List.copyOf(inputs), levels.stream().map(List::copyOf).toList(), indexOf(levels));
    }

    CrossedCategories {
        Checks.argument(inputs.size() >= 2 && new HashSet<>(inputs).size() == inputs.size(),
                "a cross needs two or more distinct columns but had " + inputs);
        Checks.argument(!levels.isEmpty(), "cross " + inputs + " needs at least one combination");
        for (List<String> level : levels) {
            Checks.argument(level.size() == inputs.size(), "combination " + level + " of cross " + inputs + " must have "
                    + inputs.size() + " values");
        }
        Checks.argument(index.size() == levels.size(), "cross " + inputs + " has a combination twice");
    }

    private static Map<List<String>, Integer> indexOf(List<List<String>> levels) {
        Map<List<String>, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(List.copyOf(levels.get(i)), i);
        }
        return Map.copyOf(index);
    }

    /** The name of a cross of {@code inputs}: {@code month*day}. */
    static String nameOf(List<String> inputs) {
        return String.join("*", inputs);
    }

    /**
     * Fits the combinations present in {@code data}, in order of their values; empty if there is none, or only one
     * and no row without it.
     */
    static Optional<CrossedCategories> fit(List<String> inputs, Dataset data) {
        Set<List<String>> seen = new HashSet<>();
        boolean missing = false;
        for (int i = 0; i < data.size(); i++) {
            Optional<List<String>> key = key(inputs, data.row(i));
            if (key.isPresent()) {
                seen.add(key.get());
            } else {
                missing = true;
            }
        }
        if (seen.isEmpty() || seen.size() == 1 && !missing) {
            return Optional.empty();
        }
        List<List<String>> levels = new ArrayList<>(seen);
        Comparator<List<String>> byValues = (a, b) -> {
            for (int k = 0; k < a.size(); k++) {
                int c = a.get(k).compareTo(b.get(k));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        };
        levels.sort(byValues);
        return Optional.of(new CrossedCategories(inputs, levels));
    }

    /** The values of {@code inputs} in {@code row}, or empty if any is missing. */
    static Optional<List<String>> key(List<String> inputs, Row row) {
        String[] values = new String[inputs.size()];
        for (int k = 0; k < values.length; k++) {
            Optional<String> category = row.category(inputs.get(k));
            if (category.isPresent()) {
                values[k] = category.get();
            } else {
                OptionalDouble number = row.number(inputs.get(k));
                if (number.isEmpty()) {
                    return Optional.empty();
                }
                values[k] = Checks.number(number.getAsDouble());
            }
        }
        return Optional.of(List.of(values));
    }

    @Override
    public String column() {
        return nameOf(inputs);
    }

    @Override
    public List<String> featureNames() {
        return levels.stream().map(level -> {
            StringBuilder name = new StringBuilder();
            for (int k = 0; k < level.size(); k++) {
                name.append(k == 0 ? "" : " & ").append(inputs.get(k)).append('=').append(level.get(k));
            }
            return name.toString();
        }).toList();
    }

    @Override
    public void encode(Dataset data, int[] feature, double[] value) {
        for (int i = 0; i < feature.length; i++) {
            feature[i] = key(inputs, data.row(i)).map(k -> index.getOrDefault(k, -1)).orElse(-1);
            value[i] = 1;
        }
    }

    @Override
    public double term(Row row, double[] coefficients, int offset) {
        Optional<List<String>> key = key(inputs, row);
        if (key.isEmpty()) {
            return 0;
        }
        Integer k = index.get(key.get());
        return k == null ? 0 : 1 * coefficients[offset + k];
    }
}
