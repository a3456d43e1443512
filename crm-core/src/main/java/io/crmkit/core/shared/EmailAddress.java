package io.crmkit.core.shared;

import io.crmkit.core.internal.Require;

import java.util.Locale;

/**
 * An e-mail address as people type it into CRM forms: stripped and lower-cased ({@link Locale#ROOT}), with a
 * local part of letters, digits and {@code .!#$%&'*+/=?^_`{|}~-} (no quoting, no leading, trailing or double dot)
 * and a domain of at least two labels. Letters may be any script, so internationalised addresses such as
 * {@code 用户@例子.中国} are accepted; IP-literal domains and quoted local parts are not.
 *
 * <pre>{@code
 * EmailAddress.of("  Ada.Lovelace@Example.COM ");   // ada.lovelace@example.com
 * }</pre>
 */
public record EmailAddress(String value) {

    private static final int MAX_LENGTH = 254;
    private static final int MAX_LOCAL = 64;
    private static final int MAX_LABEL = 63;
    private static final String LOCAL_SPECIALS = ".!#$%&'*+/=?^_`{|}~-";

    /**
     * Normalises and validates.
     *
     * @throws IllegalArgumentException naming the rule and the value if it is not a valid address
     */
    public EmailAddress {
        String raw = value;
        String v = Require.nonBlank(value, "email").toLowerCase(Locale.ROOT);
        validate(v, raw);
        value = v;
    }

    /** The address for {@code value}; see the class comment for what is accepted. */
    public static EmailAddress of(String value) {
        return new EmailAddress(value);
    }

    /** The part before the {@code @}. */
    public String localPart() {
        return value.substring(0, value.indexOf('@'));
    }

    /** The part after the {@code @}, e.g. {@code example.com}. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    /** The normalised address. */
    @Override
    public String toString() {
        return value;
    }

    private static void validate(String v, String raw) {
        String shown = "'" + raw + "'";
        if (v.codePoints().anyMatch(cp -> Character.isWhitespace(cp) || Character.isSpaceChar(cp))) {
            throw new IllegalArgumentException("email must not contain whitespace but was " + shown);
        }
        if (v.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("email must be at most " + MAX_LENGTH + " characters but was "
                    + v.length() + " (" + shown + ")");
        }
        int at = v.indexOf('@');
        if (at < 0 || v.indexOf('@', at + 1) >= 0) {
            throw new IllegalArgumentException("email must contain exactly one '@' but was " + shown);
        }
        validateLocalPart(v.substring(0, at), shown);
        validateDomain(v.substring(at + 1), shown);
    }

    private static void validateLocalPart(String local, String shown) {
        if (local.isEmpty() || local.length() > MAX_LOCAL) {
            throw new IllegalArgumentException("email local part must be 1 to " + MAX_LOCAL + " characters but "
                    + shown + " has " + local.length());
        }
        local.codePoints().filter(cp -> !isWordChar(cp) && LOCAL_SPECIALS.indexOf(cp) < 0).findFirst()
                .ifPresent(cp -> {
                    throw new IllegalArgumentException("email local part must contain only letters, digits and "
                            + LOCAL_SPECIALS + " but " + shown + " contains " + show(cp));
                });
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new IllegalArgumentException("email local part must not start or end with '.' or contain '..' but was "
                    + shown);
        }
    }

    private static void validateDomain(String domain, String shown) {
        String[] labels = domain.split("\\.", -1);
        if (labels.length < 2) {
            throw new IllegalArgumentException("email domain must have at least two labels such as example.com but "
                    + shown + " has '" + domain + "'");
        }
        for (String label : labels) {
            if (label.isEmpty() || label.length() > MAX_LABEL) {
                throw new IllegalArgumentException("email domain labels must be 1 to " + MAX_LABEL
                        + " characters but " + shown + " has one of " + label.length());
            }
            label.codePoints().filter(cp -> !isWordChar(cp) && cp != '-').findFirst().ifPresent(cp -> {
                throw new IllegalArgumentException("email domain must contain only letters, digits, '-' and '.' but "
                        + shown + " contains " + show(cp));
            });
            if (label.startsWith("-") || label.endsWith("-")) {
                throw new IllegalArgumentException("email domain labels must not start or end with '-' but "
                        + shown + " has '" + label + "'");
            }
        }
        String tld = labels[labels.length - 1];
        if (tld.codePointCount(0, tld.length()) < 2 || tld.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new IllegalArgumentException("email top-level domain must have at least 2 characters and not be all "
                    + "digits but " + shown + " has '" + tld + "'");
        }
    }

    /** Letters and digits of any script, and the combining marks that some scripts need inside words. */
    private static boolean isWordChar(int cp) {
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static String show(int cp) {
        return Character.isISOControl(cp) || !Character.isDefined(cp) || Character.getType(cp) == Character.SURROGATE
                ? String.format("U+%04X", cp)
                : "'" + new String(Character.toChars(cp)) + "'";
    }
}
