package io.crmkit.core.shared;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class PhoneNumberProperties {

    @Property(tries = 2000)
    void parseOfAnyStringEitherSucceedsOrThrowsIllegalArgument(@ForAll String raw, @ForAll("regions") CountryCode region) {
        assertValidOrRejected(raw, region);
    }

    @Property(tries = 3000)
    void parseOfAnyPhoneLikeStringEitherSucceedsOrThrowsIllegalArgument(@ForAll("phoneLike") String raw,
                                                                         @ForAll("regions") CountryCode region) {
        assertValidOrRejected(raw, region);
    }

    @Property
    void parsingAnE164NumberGivesTheSameNumberInEveryRegion(@ForAll("e164") String e164,
                                                           @ForAll("regions") CountryCode region) {
        PhoneNumber phone = PhoneNumber.of(e164);

        assertEquals(phone, PhoneNumber.parse(phone.e164(), region));
        assertEquals(phone, PhoneNumber.parse(PhoneNumber.parse(phone.e164(), region).e164(), region));
    }

    @Property
    void separatorsDoNotChangeTheNumber(@ForAll("e164") String e164, @ForAll("separators") String separator,
                                        @ForAll("regions") CountryCode region) {
        String digits = e164.substring(1);
        String formatted = "+" + digits.substring(0, 2) + separator + digits.substring(2, 5) + separator
                + digits.substring(5);

        assertEquals(PhoneNumber.of(e164), PhoneNumber.parse(formatted, region));
    }

    private static void assertValidOrRejected(String raw, CountryCode region) {
        PhoneNumber phone;
        try {
            phone = PhoneNumber.parse(raw, region);
        } catch (IllegalArgumentException expected) {
            assertTrue(expected.getMessage().startsWith("phone "), expected.getMessage());
            return;
        }
        assertTrue(phone.e164().matches("\\+[1-9][0-9]{7,14}"), phone.e164());
        assertEquals(phone, PhoneNumber.of(phone.e164()));
    }

    @Provide
    Arbitrary<CountryCode> regions() {
        return Arbitraries.of(Locale.getISOCountries()).map(CountryCode::of);
    }

    @Provide
    Arbitrary<String> phoneLike() {
        return Arbitraries.strings().withChars("0123456789+-. /()#xXet=;,").withChars('\u00a0', '\t', 'a')
                .ofMaxLength(25);
    }

    @Provide
    Arbitrary<String> e164() {
        Arbitrary<Character> first = Arbitraries.chars().range('1', '9');
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofMinLength(7).ofMaxLength(14);
        return Combinators.combine(first, rest).as((f, r) -> "+" + f + r);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("", " ", "-", ".", "/", " - ", "\u00a0");
    }
}
