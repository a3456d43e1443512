package io.crmkit.scoring.predictive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.OptionalDouble;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class DatasetTest {

    private final Dataset leads = Dataset.builder("converted").numeric("visits").categorical("source")
            .add(true, 12, "web")
            .add(false, 3, null)
            .add(false, null, "event")
            .add(true, 7.5, "web")
            .build();

    @Test
    void holdsTypedValuesByColumnWithMissingOnesEmpty() {
        assertEquals(4, leads.size());
        assertEquals(2, leads.positives());
        assertEquals(0.5, leads.positiveRate());
        assertEquals(OptionalDouble.of(12), leads.row(0).number("visits"));
        assertEquals("web", leads.row(0).category("source").orElseThrow());
        assertTrue(leads.row(1).category("source").isEmpty());
        assertTrue(leads.row(2).number("visits").isEmpty());
        assertTrue(leads.row(0).number("source").isEmpty(), "a category is not a number");
        assertTrue(leads.row(0).category("visits").isEmpty(), "a number is not a category");
        assertTrue(leads.row(0).number("nope").isEmpty());
    }

    @Test
    void subsetsAndDropsColumns() {
        Dataset subset = leads.subset(new int[] {3, 0, 3});
        assertEquals(3, subset.size());
        assertEquals(OptionalDouble.of(7.5), subset.row(0).number("visits"));
        assertEquals(3, subset.positives());

        Dataset narrow = leads.without(List.of("visits"));
        assertEquals(List.of(Column.categorical("source")), narrow.columns());
        assertEquals(leads.size(), narrow.size());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> leads.without(List.of("age")));
        assertTrue(unknown.getMessage().contains("no column 'age'"), unknown.getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> leads.subset(new int[] {4}));
    }

    @Test
    void rejectsValuesOfTheWrongKindNamingRowAndColumn() {
        Dataset.Builder builder = Dataset.builder("y").numeric("age").categorical("job");
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class, () -> builder.add(true, "41", "admin"));
        assertTrue(text.getMessage().contains("row 0, column 'age' is numeric but the value was String 41"), text.getMessage());
        assertThrows(IllegalArgumentException.class, () -> builder.add(true, 41, 3));
        assertThrows(IllegalArgumentException.class, () -> builder.add(true, Double.NaN, "admin"));
        assertThrows(IllegalArgumentException.class, () -> builder.add(true, 41));
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder("y").numeric("y"));
        assertThrows(IllegalArgumentException.class, () -> Dataset.builder("y").numeric("a").categorical("a"));
    }

    @Test
    void equalDataIsEqual() {
        Dataset same = Dataset.builder("converted").numeric("visits").categorical("source")
                .add(true, 12, "web").add(false, 3, null).add(false, null, "event").add(true, 7.5, "web").build();
        assertEquals(leads, same);
        assertFalse(leads.equals(leads.subset(new int[] {0, 1, 2})));
    }

    @Test
    void rowsBuiltInMemoryAreReadTheSameWay() {
        Row row = Row.builder().number("visits", 3).category("source", "web").build();
        assertEquals(OptionalDouble.of(3), row.number("visits"));
        assertEquals("web", row.category("source").orElseThrow());
        assertTrue(row.number("source").isEmpty());
        assertThrows(IllegalArgumentException.class, () -> Row.builder().number("a", 1).number("a", 2));
        assertThrows(IllegalArgumentException.class, () -> Row.builder().number("a", Double.POSITIVE_INFINITY));
    }
}
