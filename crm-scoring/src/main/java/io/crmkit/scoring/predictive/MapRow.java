package io.crmkit.scoring.predictive;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** A row held as a map of Double and String values. */
record MapRow(Map<String, Object> values) implements Row {

    @Override
    public OptionalDouble number(String column) {
        return values.get(column) instanceof Double d ? OptionalDouble.of(d) : OptionalDouble.empty();
    }

    @Override
    public Optional<String> category(String column) {
        return values.get(column) instanceof String s ? Optional.of(s) : Optional.empty();
    }
}
