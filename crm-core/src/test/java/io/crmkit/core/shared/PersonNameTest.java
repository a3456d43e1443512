package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PersonNameTest {

    @Test
    void stripsBothParts() {
        PersonName name = PersonName.of("  Ada ", " Lovelace ");

        assertEquals("Ada", name.first());
        assertEquals("Lovelace", name.last());
        assertEquals("Ada Lovelace", name.full());
        assertEquals("Ada Lovelace", name.toString());
    }

    @Test
    void acceptsASinglePart() {
        assertEquals("Madonna", PersonName.of("Madonna", null).full());
        assertEquals("山田太郎", PersonName.of(null, "山田太郎").full());
        assertEquals("", PersonName.of(" ", "山田太郎").first());
    }

    @Test
    void rejectsANameWithoutAnyPart() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PersonName.of(" ", null));

        assertEquals("name must have a first or a last name but both were blank", e.getMessage());
    }

    @Test
    void rejectsPartsLongerThan100Characters() {
        IllegalArgumentException first = assertThrows(IllegalArgumentException.class,
                () -> PersonName.of("a".repeat(101), "Lovelace"));
        IllegalArgumentException last = assertThrows(IllegalArgumentException.class,
                () -> PersonName.of("Ada", "b".repeat(101)));

        assertTrue(first.getMessage().startsWith("first name must be at most 100 characters but was 101"),
                first.getMessage());
        assertTrue(last.getMessage().startsWith("last name must be at most 100 characters but was 101"),
                last.getMessage());
        assertEquals(100, PersonName.of("a".repeat(100), "").first().length());
    }
}
