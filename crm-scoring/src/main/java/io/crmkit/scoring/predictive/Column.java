package io.crmkit.scoring.predictive;

import io.crmkit.scoring.internal.Checks;

/** A named input column of a {@link Dataset}. */
public record Column(String name, ColumnType type) {

    public Column {
        Checks.nonBlank(name, "column name");
        Checks.nonNull(type, "column type");
    }

    /** A column of numbers. */
    public static Column numeric(String name) {
        return new Column(name, ColumnType.NUMERIC);
    }

    /** A column of categories (text). */
    public static Column categorical(String name) {
        return new Column(name, ColumnType.CATEGORICAL);
    }
}
