package io.crmkit.core.shared;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PhoneNumberTest {

    private static final CountryCode DE = CountryCode.of("DE");

    @ParameterizedTest(name = "{0} in {1} is {2}")
    @CsvSource(delimiter = ';', value = {
            "+1 (415) 555-2671;   DE; +14155552671",
            "030 1234567;         DE; +49301234567",
            "030/123 45 67;       DE; +49301234567",
            "0151 2345 6789;      DE; +4915123456789",
            "06 12 34 56 78;      FR; +33612345678",
            "06.12.34.56.78;      FR; +33612345678",
            "0039 06 6982 1234;   DE; +390669821234",
            "0039 06 6982 1234;   IT; +390669821234",
            "06 6982 1234;        IT; +390669821234",
            "06 6982 1234;        VA; +390669821234",
            "0549 882 555;        SM; +3780549882555",
            "138 0013 8000;       CN; +8613800138000",
            "010 1234 5678;       CN; +861012345678",
            "8 (495) 123-45-67;   RU; +74951234567",
            "(812) 123-45-67;     RU; +78121234567",
            "8 727 258 3434;      KZ; +77272583434",
            "020 7946 0958;       GB; +442079460958",
            "07700 900123;        GB; +447700900123",
            "(415) 555-2671;      US; +14155552671",
            "1-415-555-2671;      US; +14155552671",
            "011 44 20 7946 0958; US; +442079460958",
            "(416) 555-0199;      CA; +14165550199",
            "03-1234-5678;        JP; +81312345678",
            "010 44 20 7946 0958; JP; +442079460958",
            "010-1234-5678;       KR; +821012345678",
            "(02) 9374 4000;      AU; +61293744000",
            "0011 44 20 7946 0958;AU; +442079460958",
            "06 1 234 5678;       HU; +3612345678",
            "612 345 678;         ES; +34612345678",
            "22 123 45 67;        PL; +48221234567",
            "91 234 5678;         PT; +351912345678",
            "044 668 18 00;       CH; +41446681800",
            "98765 43210;         IN; +919876543210",
            "(11) 91234-5678;     BR; +5511912345678",
            "6123 4567;           SG; +6561234567",
            "+49 (0)30 1234567;   FR; +49301234567",
            "0049 (0) 30 1234567; FR; +49301234567",
            "+44 (0) 20 7946 0958;US; +442079460958",
            "+39 06 6982 1234;    US; +390669821234",
    })
    void normalisesRealisticNumbersToE164(String raw, String region, String e164) {
        assertEquals(e164, PhoneNumber.parse(raw, CountryCode.of(region)).e164());
    }

    @Test
    void acceptsNumbersAlreadyInE164() {
        PhoneNumber phone = PhoneNumber.of("+14155552671");

        assertEquals("+14155552671", phone.e164());
        assertEquals("+14155552671", phone.toString());
        assertEquals(phone, PhoneNumber.parse("+1 415 555 2671", DE));
    }

    @Test
    void findsTheCallingCodeByLongestPrefix() {
        assertEquals(Optional.of("1"), PhoneNumber.of("+14155552671").callingCode());
        assertEquals(Optional.of("49"), PhoneNumber.of("+49301234567").callingCode());
        assertEquals(Optional.of("353"), PhoneNumber.of("+35318049600").callingCode());
        assertEquals(Optional.of("7"), PhoneNumber.of("+74951234567").callingCode());
        assertEquals(Optional.empty(), PhoneNumber.of("+99912345678").callingCode());
    }

    @Test
    void knowsTheCallingCodesOfAtLeast60CommonCountries() {
        List<String> common = List.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU",
                "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "US", "CA", "GB",
                "CH", "NO", "CN", "JP", "KR", "IN", "AU", "NZ", "BR", "MX", "AR", "ZA", "SG", "HK", "TW", "AE", "SA",
                "IL", "TR", "RU", "KZ", "IS", "UA", "ID", "MY", "TH", "VN", "PH", "EG", "NG", "KE", "CL", "CO", "PE");
        for (String region : common) {
            assertTrue(PhoneNumber.callingCodeOf(CountryCode.of(region)).isPresent(), region);
        }
        assertEquals(Optional.of("49"), PhoneNumber.callingCodeOf(DE));
        assertEquals(Optional.of("1"), PhoneNumber.callingCodeOf(CountryCode.of("JM")));
        assertEquals(Optional.empty(), PhoneNumber.callingCodeOf(CountryCode.of("AQ")));
        assertTrue(CallingCodes.regionCount() >= 60);
    }

    @Test
    void namesTheRawValueAndRegionWhenANationalNumberIsTooShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("030 12", DE));

        assertEquals("phone must have 8 to 15 digits in E.164 but '030 12' (region DE) has 6", e.getMessage());
    }

    @Test
    void namesTheRawValueWhenAnInternationalNumberIsTooShort() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("+49 12", DE));

        assertEquals("phone must have 8 to 15 digits in E.164 but '+49 12' has 4", e.getMessage());
    }

    @Test
    void rejectsNumbersWithMoreThan15Digits() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse("+49 30 1234 5678 9012", DE));

        assertEquals("phone must have 8 to 15 digits in E.164 but '+49 30 1234 5678 9012' has 16", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"call me", "030 CALL NOW", "+49 30 12345a67", "030_1234567", "030,1234567"})
    void rejectsLettersAndOtherCharacters(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse(raw, DE));

        assertTrue(e.getMessage().startsWith("phone must contain only digits"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + raw + "'"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"+1 415 555 2671 ext. 12", "+1 415 555 2671 x12", "(415) 555-2671 ext 12",
            "030 1234567 #12", "+1 415 555 2671;ext=12", "030 1234567 Extension 5"})
    void rejectsExtensionsWithAClearMessage(String raw) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse(raw, CountryCode.of("US")));

        assertTrue(e.getMessage().startsWith("phone must not contain an extension"), e.getMessage());
        assertTrue(e.getMessage().contains("'" + raw + "'"), e.getMessage());
    }

    @Test
    void rejectsBlank() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.parse("  ", DE));

        assertEquals("phone must not be blank but was '  ' (region DE)", e.getMessage());
    }

    @Test
    void rejectsAPlusInsideTheNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse("030+1234567", DE));

        assertTrue(e.getMessage().contains("'+' only at the start"), e.getMessage());
    }

    @Test
    void rejectsACountryCodeStartingWithZero() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse("+049 30 1234567", DE));

        assertEquals("phone country code must not start with 0 but '+049 30 1234567' gives +049301234567",
                e.getMessage());
    }

    @Test
    void rejectsNationalNumbersForRegionsWithoutAKnownCallingCode() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse("030 1234567", CountryCode.of("AQ")));

        assertTrue(e.getMessage().contains("'030 1234567' (region AQ)"), e.getMessage());
        assertTrue(e.getMessage().contains("calling code is not known"), e.getMessage());
    }

    @Test
    void rejectsAbsurdlyLongInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PhoneNumber.parse("1".repeat(101), DE));

        assertTrue(e.getMessage().startsWith("phone must be at most 100 characters"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"14155552671", "+1 415 555 2671", "+1-415-555-2671", "+", "+0123456789", "+1234567",
            "+1234567890123456", "++14155552671"})
    void ofRequiresStrictE164(String value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PhoneNumber.of(value));

        assertTrue(e.getMessage().startsWith("phone "), e.getMessage());
        assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
    }

    @Test
    void rejectsNulls() {
        assertEquals("phone must not be null",
                assertThrows(NullPointerException.class, () -> PhoneNumber.of(null)).getMessage());
        assertEquals("phone must not be null",
                assertThrows(NullPointerException.class, () -> PhoneNumber.parse(null, DE)).getMessage());
        assertEquals("region must not be null",
                assertThrows(NullPointerException.class, () -> PhoneNumber.parse("030 1234567", null)).getMessage());
    }
}
