package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/** A categorical column as one feature per category seen in training; an unseen or missing category has none. */
record OneHotCategory(String column, List<String> levels, Map<String, Integer> index) implements FeatureColumn {

    OneHotCategory(String column, List<String> levels) {
        this(column, List.copyOf(levels), indexOf(levels));
    }

    OneHotCategory {
        Checks.argument(!levels.isEmpty(), "column '" + column + "' needs at least one category");
        Checks.argument(index.size() == levels.size(), "column '" + column + "' has a category twice: " + levels);
    }

    private static Map<String, Integer> indexOf(List<String> levels) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            index.put(levels.get(i), i);
        }
        return Map.copyOf(index);
    }

    /**
     * Fits the categories present in {@code data}'s column, in alphabetical order; empty if the column is constant
     * (a single category and no missing values) or always missing.
     */
    static Optional<OneHotCategory> fit(String column, Dataset.Categories values) {
        boolean[] present = new boolean[values.levels().size()];
        boolean missing = false;
        for (int code : values.codes()) {
            if (code < 0) {
                missing = true;
            } else {
                present[code] = true;
            }
        }
        TreeSet<String> levels = new TreeSet<>();
        for (int k = 0; k < present.length; k++) {
            if (present[k]) {
                levels.add(values.levels().get(k));
            }
        }
        if (levels.isEmpty() || levels.size() == 1 && !missing) {
            return Optional.empty();
        }
        return Optional.of(new OneHotCategory(column, List.copyOf(levels)));
    }

    @Override
    public List<String> featureNames() {
        return levels.stream().map(level -> column + "=" + level).toList();
    }

    @Override
    public void encode(Dataset data, int[] feature, double[] value) {
        if (data.values(column).orElse(null) instanceof Dataset.Categories categories) {
            int[] map = new int[categories.levels().size()];
            for (int k = 0; k < map.length; k++) {
                map[k] = index.getOrDefault(categories.levels().get(k), -1);
            }
            int[] codes = categories.codes();
            for (int i = 0; i < codes.length; i++) {
                feature[i] = codes[i] < 0 ? -1 : map[codes[i]];
                value[i] = 1;
            }
        } else {
            for (int i = 0; i < feature.length; i++) {
                feature[i] = data.row(i).category(column).map(c -> index.getOrDefault(c, -1)).orElse(-1);
                value[i] = 1;
            }
        }
    }

    @Override
    public double term(Row row, double[] coefficients, int offset) {
        Optional<String> category = row.category(column);
        if (category.isEmpty()) {
            return 0;
        }
        Integer k = index.get(category.get());
        return k == null ? 0 : 1 * coefficients[offset + k];
    }
}
