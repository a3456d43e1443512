package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class AddressTest {

    private static final CountryCode DE = CountryCode.of("DE");

    @Test
    void stripsEveryPart() {
        Address address = Address.of(" Unter den Linden 1 ", " 10117 ", " Berlin ", " Berlin ", DE);

        assertEquals("Unter den Linden 1", address.street());
        assertEquals("10117", address.postalCode());
        assertEquals("Berlin", address.city());
        assertEquals("Berlin", address.region());
        assertEquals(DE, address.country());
    }

    @Test
    void turnsMissingOptionalPartsIntoEmptyStrings() {
        Address address = Address.of(null, "  ", "Berlin", null, DE);

        assertEquals("", address.street());
        assertEquals("", address.postalCode());
        assertEquals("", address.region());
        assertEquals(Address.of("", "", "Berlin", "", DE), address);
    }

    @Test
    void rendersOnOneLineSkippingEmptyParts() {
        assertEquals("Unter den Linden 1, 10117 Berlin, DE",
                Address.of("Unter den Linden 1", "10117", "Berlin", null, DE).singleLine());
        assertEquals("1 Infinite Loop, 95014 Cupertino, CA, US",
                Address.of("1 Infinite Loop", "95014", "Cupertino", "CA", CountryCode.of("US")).singleLine());
        assertEquals("Berlin, DE", Address.of(null, null, "Berlin", null, DE).singleLine());
    }

    @Test
    void joinsMultiLineStreetsWithSpaces() {
        Address address = Address.of("c/o Acme GmbH\nHaus 3", "10117", "Berlin", "", DE);

        assertEquals("c/o Acme GmbH Haus 3, 10117 Berlin, DE", address.singleLine());
        assertEquals("c/o Acme GmbH\nHaus 3", address.street());
    }

    @Test
    void requiresACity() {
        assertEquals("city must not be null",
                assertThrows(NullPointerException.class, () -> Address.of("Main St 1", "1000", null, "", DE)).getMessage());
        assertEquals("city must not be blank but was '  '",
                assertThrows(IllegalArgumentException.class, () -> Address.of("Main St 1", "1000", "  ", "", DE))
                        .getMessage());
    }

    @Test
    void requiresACountry() {
        NullPointerException e = assertThrows(NullPointerException.class,
                () -> Address.of("Main St 1", "1000", "Berlin", "", null));

        assertEquals("country must not be null", e.getMessage());
    }

    @Test
    void rejectsPartsLongerThan200Characters() {
        String tooLong = "x".repeat(201);

        assertLengthRejected("street", () -> Address.of(tooLong, "", "Berlin", "", DE));
        assertLengthRejected("postalCode", () -> Address.of("", tooLong, "Berlin", "", DE));
        assertLengthRejected("city", () -> Address.of("", "", tooLong, "", DE));
        assertLengthRejected("region", () -> Address.of("", "", "Berlin", tooLong, DE));
        assertEquals(200, Address.of("x".repeat(200), "", "Berlin", "", DE).street().length());
    }

    private static void assertLengthRejected(String field, org.junit.jupiter.api.function.Executable create) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, create);
        assertTrue(e.getMessage().startsWith(field + " must be at most 200 characters but was 201"), e.getMessage());
    }
}
