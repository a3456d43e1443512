package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.Locale;
import java.util.Set;

/**
 * An ISO 3166-1 alpha-2 country code such as {@code DE}, upper-cased and checked against
 * {@link Locale#getISOCountries()}.
 */
public record CountryCode(String alpha2) {

    private static final Set<String> ISO = Set.of(Locale.getISOCountries());

    /**
     * Normalises to upper case and validates.
     *
     * @throws IllegalArgumentException naming the value if it is not an assigned ISO 3166-1 alpha-2 code
     */
    public CountryCode {
        String code = Require.nonBlank(alpha2, "country");
        boolean twoAsciiLetters = code.length() == 2 && isAsciiLetter(code.charAt(0)) && isAsciiLetter(code.charAt(1));
        code = code.toUpperCase(Locale.ROOT);
        if (!twoAsciiLetters || !ISO.contains(code)) {
            throw new IllegalArgumentException("country must be an ISO 3166-1 alpha-2 code such as DE but was '"
                    + alpha2 + "'");
        }
        alpha2 = code;
    }

    /** The country for {@code alpha2}, in either case: {@code of("de")} is {@code DE}. */
    public static CountryCode of(String alpha2) {
        return new CountryCode(alpha2);
    }

    /** The country's name in {@code locale}: {@code DE} is "Germany" in English and "Deutschland" in German. */
    public String displayName(Locale locale) {
        Require.nonNull(locale, "locale");
        return new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(locale);
    }

    /** The code, e.g. {@code DE}. */
    @Override
    public String toString() {
        return alpha2;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
