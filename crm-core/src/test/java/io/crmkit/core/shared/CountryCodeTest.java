package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class CountryCodeTest {

    @Test
    void normalisesToUpperCase() {
        assertEquals("DE", CountryCode.of(" de ").alpha2());
        assertEquals(CountryCode.of("DE"), CountryCode.of("dE"));
        assertEquals("DE", CountryCode.of("de").toString());
    }

    @Test
    void acceptsEveryIsoCountry() {
        for (String code : Locale.getISOCountries()) {
            assertEquals(code, CountryCode.of(code.toLowerCase(Locale.ROOT)).alpha2());
        }
    }

    @Test
    void namesTheCountryInTheRequestedLanguage() {
        assertEquals("Germany", CountryCode.of("DE").displayName(Locale.ENGLISH));
        assertEquals("Deutschland", CountryCode.of("DE").displayName(Locale.GERMAN));
        assertEquals("Japon", CountryCode.of("JP").displayName(Locale.FRENCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "D", "DEU", "276", "D1", "ß", "ÄÖ", "UK"})
    void rejectsCodesThatAreNotAssigned(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CountryCode.of(value));

        assertEquals("country must be an ISO 3166-1 alpha-2 code such as DE but was '" + value + "'", e.getMessage());
    }

    @Test
    void rejectsNullAndBlank() {
        assertEquals("country must not be null",
                assertThrows(NullPointerException.class, () -> CountryCode.of(null)).getMessage());
        assertEquals("country must not be blank but was ' '",
                assertThrows(IllegalArgumentException.class, () -> CountryCode.of(" ")).getMessage());
    }

    @Test
    void rejectsANullLocale() {
        assertThrows(NullPointerException.class, () -> CountryCode.of("DE").displayName(null));
    }
}
