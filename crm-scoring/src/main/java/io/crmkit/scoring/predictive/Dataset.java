package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Tabular training data: rows of named {@link Column columns}, each numeric or categorical, with a binary target
 * (converted or not). Stored by column, immutable and thread-safe. Build one in code with {@link #builder} or load
 * one from a file with {@link CsvDataset#read}.
 */
public final class Dataset {

    /** The values of one column: numbers (NaN = missing) or codes into a dictionary of categories (-1 = missing). */
    sealed interface Values permits Numbers, Categories {
        Values select(int[] rows);
    }

    record Numbers(double[] values) implements Values {
        @Override
        public Numbers select(int[] rows) {
            double[] selected = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                selected[i] = values[rows[i]];
            }
            return new Numbers(selected);
        }
    }

    record Categories(int[] codes, List<String> levels) implements Values {
        @Override
        public Categories select(int[] rows) {
            int[] selected = new int[rows.length];
            for (int i = 0; i < rows.length; i++) {
                selected[i] = codes[rows[i]];
            }
            return new Categories(selected, levels);
        }
    }

    private final String target;
    private final List<Column> columns;
    private final Map<String, Integer> index;
    private final List<Values> values;
    private final boolean[] labels;
    private final int positives;

    Dataset(String target, List<Column> columns, List<Values> values, boolean[] labels) {
        this.target = Checks.nonBlank(target, "target");
        this.columns = List.copyOf(columns);
        this.values = List.copyOf(values);
        this.labels = labels;
        Map<String, Integer> byName = new HashMap<>();
        for (int c = 0; c < this.columns.size(); c++) {
            String name = this.columns.get(c).name();
            Checks.argument(!name.equals(target), "column '" + name + "' is also the target");
            Checks.argument(byName.putIfAbsent(name, c) == null, "column '" + name + "' appears twice");
        }
        this.index = Map.copyOf(byName);
        int count = 0;
        for (boolean label : labels) {
            count += label ? 1 : 0;
        }
        this.positives = count;
    }

    /** A builder of a dataset whose binary target is called {@code target}. */
    public static Builder builder(String target) {
        return new Builder(target);
    }

    /** The name of the binary target. */
    public String target() {
        return target;
    }

    /** The input columns, in order. */
    public List<Column> columns() {
        return columns;
    }

    /** The column called {@code name}, if there is one. */
    public Optional<Column> column(String name) {
        Integer c = index.get(name);
        return c == null ? Optional.empty() : Optional.of(columns.get(c));
    }

    /** The number of rows. */
    public int size() {
        return labels.length;
    }

    /** Whether row {@code row} is positive. */
    public boolean label(int row) {
        return labels[row];
    }

    /** The target of every row, in row order (a copy). */
    public boolean[] labels() {
        return labels.clone();
    }

    /** The number of positive rows. */
    public int positives() {
        return positives;
    }

    /** The number of negative rows. */
    public int negatives() {
        return labels.length - positives;
    }

    /** The share of positive rows. */
    public double positiveRate() {
        return labels.length == 0 ? 0 : (double) positives / labels.length;
    }

    /** A view of row {@code row}. */
    public Row row(int row) {
        if (row < 0 || row >= labels.length) {
            throw new IndexOutOfBoundsException("row " + row + " of a dataset of " + labels.length + " rows");
        }
        return new DatasetRow(row);
    }

    /** A dataset of the given rows, in the given order (a row may be repeated). */
    public Dataset subset(int[] rows) {
        Checks.nonNull(rows, "rows");
        for (int r : rows) {
            if (r < 0 || r >= labels.length) {
                throw new IndexOutOfBoundsException("row " + r + " of a dataset of " + labels.length + " rows");
            }
        }
        boolean[] selected = new boolean[rows.length];
        for (int i = 0; i < rows.length; i++) {
            selected[i] = labels[rows[i]];
        }
        return new Dataset(target, columns, values.stream().map(v -> v.select(rows)).toList(), selected);
    }

    /** This dataset without the named columns (e.g. one that leaks the outcome). */
    public Dataset without(Collection<String> names) {
        Checks.nonNull(names, "names");
        Set<String> drop = new HashSet<>(names);
        for (String name : drop) {
            Checks.argument(index.containsKey(name), "no column '" + name + "' to drop; columns: " + names());
        }
        List<Column> kept = new ArrayList<>();
        List<Values> keptValues = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!drop.contains(columns.get(c).name())) {
                kept.add(columns.get(c));
                keptValues.add(values.get(c));
            }
        }
        return new Dataset(target, kept, keptValues, labels);
    }

    /** The stored values of column {@code name}, or empty if there is no such column. Shared, not copied: do not modify. */
    Optional<Values> values(String name) {
        Integer c = index.get(name);
        return c == null ? Optional.empty() : Optional.of(values.get(c));
    }

    private List<String> names() {
        return columns.stream().map(Column::name).toList();
    }

    @Override
    public String toString() {
        return "Dataset[target=" + target + ", columns=" + names() + ", rows=" + size() + ", positives=" + positives + "]";
    }

    private final class DatasetRow implements Row {
        private final int row;

        DatasetRow(int row) {
            this.row = row;
        }

        @Override
        public OptionalDouble number(String column) {
            Integer c = index.get(column);
            if (c != null && values.get(c) instanceof Numbers n && !Double.isNaN(n.values()[row])) {
                return OptionalDouble.of(n.values()[row]);
            }
            return OptionalDouble.empty();
        }

        @Override
        public Optional<String> category(String column) {
            Integer c = index.get(column);
            if (c != null && values.get(c) instanceof Categories k && k.codes()[row] >= 0) {
                return Optional.of(k.levels().get(k.codes()[row]));
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("Row[");
            for (int c = 0; c < columns.size(); c++) {
                String name = columns.get(c).name();
                text.append(c == 0 ? "" : ", ").append(name).append('=');
                if (values.get(c) instanceof Numbers) {
                    number(name).ifPresentOrElse(v -> text.append(Checks.number(v)), () -> text.append('?'));
                } else {
                    text.append(category(name).orElse("?"));
                }
            }
            return text.append(", ").append(target).append('=').append(labels[row]).append(']').toString();
        }
    }

    /**
     * Builds a dataset row by row: declare the columns, then add rows with one value per column in declaration order
     * ({@link Number} for numeric columns, {@link String} for categorical ones, {@code null} for missing).
     */
    public static final class Builder {
        private final String target;
        private final List<Column> columns = new ArrayList<>();
        private final List<Object[]> rows = new ArrayList<>();
        private final List<Boolean> labels = new ArrayList<>();

        private Builder(String target) {
            this.target = Checks.nonBlank(target, "target");
        }

        /** Declares a numeric column. */
        public Builder numeric(String name) {
            return column(Column.numeric(name));
        }

        /** Declares a categorical column. */
        public Builder categorical(String name) {
            return column(Column.categorical(name));
        }

        /** Declares a column. */
        public Builder column(Column column) {
            Checks.nonNull(column, "column");
            Checks.argument(rows.isEmpty(), "declare every column before adding rows (column '" + column.name() + "')");
            Checks.argument(!column.name().equals(target), "column '" + column.name() + "' is the target");
            Checks.argument(columns.stream().noneMatch(c -> c.name().equals(column.name())),
                    "column '" + column.name() + "' is already declared");
            columns.add(column);
            return this;
        }

        /** Adds a row: its label and one value per declared column. */
        public Builder add(boolean label, Object... values) {
            Checks.nonNull(values, "values");
            Checks.argument(values.length == columns.size(), "row " + rows.size() + " must have " + columns.size()
                    + " values (" + columns.stream().map(Column::name).toList() + ") but had " + values.length);
            Object[] row = new Object[values.length];
            for (int c = 0; c < values.length; c++) {
                Object v = values[c];
                Column column = columns.get(c);
                if (v == null) {
                    row[c] = null;
                } else if (column.type() == ColumnType.NUMERIC) {
                    Checks.argument(v instanceof Number, "row " + rows.size() + ", column '" + column.name()
                            + "' is numeric but the value was " + v.getClass().getSimpleName() + " " + v);
                    row[c] = Checks.finite(((Number) v).doubleValue(), "row " + rows.size() + ", column '" + column.name() + "'");
                } else {
                    Checks.argument(v instanceof String, "row " + rows.size() + ", column '" + column.name()
                            + "' is categorical but the value was " + v.getClass().getSimpleName() + " " + v);
                    row[c] = v;
                }
            }
            rows.add(row);
            labels.add(label);
            return this;
        }

        public Dataset build() {
            int n = rows.size();
            List<Values> stored = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).type() == ColumnType.NUMERIC) {
                    double[] numbers = new double[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rows.get(i)[c];
                        numbers[i] = v == null ? Double.NaN : (Double) v;
                    }
                    stored.add(new Numbers(numbers));
                } else {
                    Map<String, Integer> codes = new LinkedHashMap<>();
                    int[] coded = new int[n];
                    for (int i = 0; i < n; i++) {
                        Object v = rows.get(i)[c];
                        coded[i] = v == null ? -1 : codes.computeIfAbsent((String) v, k -> codes.size());
                    }
                    stored.add(new Categories(coded, List.copyOf(codes.keySet())));
                }
            }
            boolean[] y = new boolean[n];
            for (int i = 0; i < n; i++) {
                y[i] = labels.get(i);
            }
            return new Dataset(target, columns, stored, y);
        }
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Dataset that) || !target.equals(that.target) || !columns.equals(that.columns)
                || !Arrays.equals(labels, that.labels)) {
            return false;
        }
        for (int i = 0; i < labels.length; i++) {
            for (Column column : columns) {
                Row a = row(i);
                Row b = that.row(i);
                if (!a.number(column.name()).equals(b.number(column.name()))
                        || !a.category(column.name()).equals(b.category(column.name()))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * target.hashCode() + columns.hashCode()) + Arrays.hashCode(labels);
    }
}
