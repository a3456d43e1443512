package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A phone number in E.164 form: {@code +}, the country calling code and the national number, 8 to 15 digits in
 * all, e.g. {@code +14155552671}. {@link #parse} turns what people type into that form; it is a best-effort
 * normaliser for over 130 regions, not a full numbering-plan validator (the number may still not be assigned).
 *
 * <p>Extensions ({@code "ext. 12"}, {@code "x12"}) are rejected: an extension cannot be dialled as part of an E.164
 * number, so hosts keep it in a field of their own.
 *
 * <pre>{@code
 * PhoneNumber.parse("030 1234567", CountryCode.of("DE"));   // +49301234567
 * PhoneNumber.parse("+1 (415) 555-2671", CountryCode.of("DE")); // +14155552671
 * }</pre>
 */
public record PhoneNumber(String e164) {

    private static final int MIN_DIGITS = 8;
    private static final int MAX_DIGITS = 15;
    private static final int MAX_RAW_LENGTH = 100;
    private static final Pattern EXTENSION = Pattern.compile(
            "^[+\\d\\s\\-./()]*\\d[\\s\\-./()]*[,;]?\\s*(?:ext=|ext(?:ension)?\\.?|x|#)\\s*\\d{1,10}\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRUNK_IN_PARENTHESES = Pattern.compile("\\(\\s*0\\s*\\)");

    /**
     * Validates a number that is already in E.164 form (surrounding whitespace is stripped).
     *
     * @throws IllegalArgumentException naming the value unless it is {@code +} and 8 to 15 digits, the first not 0
     */
    public PhoneNumber {
        Require.nonNull(e164, "phone");
        String raw = e164;
        e164 = e164.strip();
        validate(e164, quote(raw));
    }

    /**
     * The number for {@code e164}, which must already be in E.164 form such as {@code +14155552671}; use
     * {@link #parse} for formatted or national numbers.
     */
    public static PhoneNumber of(String e164) {
        return new PhoneNumber(e164);
    }

    /**
     * Normalises a number as typed to E.164.
     * <ul>
     *   <li>Spaces, dashes, dots, slashes and parentheses are removed.</li>
     *   <li>A number starting with {@code +} or {@code 00} (or the region's own international prefix, such as
     *       {@code 011} in North America) is international; a {@code (0)} in it, as in {@code +49 (0)30 1234567},
     *       is dropped.</li>
     *   <li>Any other number is national: the region's trunk prefix is removed (0 in most countries, 06 in Hungary,
     *       8 in Russia and Kazakhstan, a leading 1 of 11-digit North American numbers; none in Italy, San Marino and
     *       the Vatican, where the 0 is part of the number) and the region's calling code is put in front.</li>
     * </ul>
     *
     * @param raw           the number as typed
     * @param defaultRegion the region whose national form applies when the number is not international
     * @throws IllegalArgumentException naming {@code raw} (and the region, for national numbers) if it has letters,
     *                                  an extension, or does not give 8 to 15 digits
     */
    public static PhoneNumber parse(String raw, CountryCode defaultRegion) {
        Require.nonNull(raw, "phone");
        Require.nonNull(defaultRegion, "region");
        String s = raw.strip();
        String where = quote(raw) + (s.startsWith("+") ? "" : " (region " + defaultRegion + ")");
        if (s.isEmpty()) {
            throw new IllegalArgumentException("phone must not be blank but was " + where);
        }
        if (s.length() > MAX_RAW_LENGTH) {
            throw new IllegalArgumentException("phone must be at most " + MAX_RAW_LENGTH + " characters but "
                    + where + " has " + s.length());
        }
        if (hasLetterOrHash(s) && EXTENSION.matcher(s).matches()) {
            throw new IllegalArgumentException("phone must not contain an extension such as 'ext. 12' but " + where
                    + " does; keep the extension in a separate field");
        }
        Optional<CallingCodes.Dialing> dialing = CallingCodes.of(defaultRegion);
        String compact = compact(s, where);
        Optional<String> international = internationalDigits(compact, dialing);
        String candidate;
        if (international.isPresent()) {
            String digits = international.get();
            if (TRUNK_IN_PARENTHESES.matcher(s).find()) {
                String without = TRUNK_IN_PARENTHESES.matcher(s).replaceAll("");
                String shorter = internationalDigits(compact(without, where), dialing).orElse(digits);
                if (!shorter.startsWith("39") && !shorter.startsWith("378")) { // Italy and San Marino dial the 0
                    digits = shorter;
                }
            }
            candidate = "+" + digits;
        } else {
            CallingCodes.Dialing d = dialing.orElseThrow(() -> new IllegalArgumentException("phone " + where
                    + " is in national form but the region's calling code is not known; write it with + and the"
                    + " country code"));
            candidate = "+" + d.code() + d.nationalNumber(compact);
        }
        validate(candidate, where);
        return new PhoneNumber(candidate);
    }

    /** The calling code of {@code region}, e.g. {@code "49"} for {@code DE}, if the table knows it. */
    public static Optional<String> callingCodeOf(CountryCode region) {
        Require.nonNull(region, "region");
        return CallingCodes.of(region).map(CallingCodes.Dialing::code);
    }

    /**
     * The country calling code, best effort: the longest prefix of the number that is a calling code in the table
     * ({@code "1"} for {@code +14155552671}, {@code "353"} for {@code +35318049600}); empty if none is.
     */
    public Optional<String> callingCode() {
        for (int length = 3; length >= 1; length--) {
            String prefix = e164.substring(1, 1 + length);
            if (CallingCodes.isKnown(prefix)) {
                return Optional.of(prefix);
            }
        }
        return Optional.empty();
    }

    /** The E.164 form, e.g. {@code +14155552671}. */
    @Override
    public String toString() {
        return e164;
    }

    private static void validate(String e164, String where) {
        if (e164.length() < 2 || e164.charAt(0) != '+' || !asciiDigits(e164.substring(1))) {
            throw new IllegalArgumentException("phone must be in E.164 form, '+' then digits only such as"
                    + " +14155552671, but was " + where + "; use PhoneNumber.parse for formatted or national numbers");
        }
        int digits = e164.length() - 1;
        if (digits < MIN_DIGITS || digits > MAX_DIGITS) {
            throw new IllegalArgumentException("phone must have " + MIN_DIGITS + " to " + MAX_DIGITS
                    + " digits in E.164 but " + where + " has " + digits);
        }
        if (e164.charAt(1) == '0') {
            throw new IllegalArgumentException("phone country code must not start with 0 but " + where + " gives "
                    + e164);
        }
    }

    /** {@code s} without separators: an optional leading '+' and ASCII digits. */
    private static String compact(String s, String where) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= '0' && cp <= '9') {
                out.append((char) cp);
            } else if (cp == '+') {
                if (out.length() > 0) {
                    throw new IllegalArgumentException("phone may have '+' only at the start but " + where
                            + " has one later");
                }
                out.append('+');
            } else if (!isSeparator(cp)) {
                throw new IllegalArgumentException("phone must contain only digits, spaces and + - . / ( ) but "
                        + where + " contains " + show(cp));
            }
        }
        return out.toString();
    }

    private static Optional<String> internationalDigits(String compact, Optional<CallingCodes.Dialing> dialing) {
        if (compact.startsWith("+")) {
            return Optional.of(compact.substring(1));
        }
        String prefix = dialing.map(CallingCodes.Dialing::internationalPrefix).orElse("00");
        if (compact.startsWith(prefix)) {
            return Optional.of(compact.substring(prefix.length()));
        }
        if (compact.startsWith("00")) {
            return Optional.of(compact.substring(2));
        }
        return Optional.empty();
    }

    private static boolean isSeparator(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp)
                || cp == '-' || cp == '.' || cp == '/' || cp == '(' || cp == ')';
    }

    private static boolean hasLetterOrHash(String s) {
        return s.indexOf('#') >= 0 || s.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean asciiDigits(String s) {
        return s.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static String quote(String raw) {
        return "'" + (raw.length() <= 40 ? raw : raw.substring(0, 37) + "...") + "'";
    }

    private static String show(int cp) {
        return Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE
                ? String.format("U+%04X", cp)
                : "'" + new String(Character.toChars(cp)) + "'";
    }
}
