package io.crmkit.core.dedupe;

/** What two leads are compared on; each rule has its weights in a {@link MatchConfig}. */
public enum MatchRule {
    /** The normalised e-mail address (case, surrounding blanks, {@code +tags}, and dots in Gmail addresses ignored). */
    EMAIL,
    /** The e-mail domain, unless it belongs to a free-mail provider (then the rule does not apply). */
    EMAIL_DOMAIN,
    /** The phone number in E.164 form. */
    PHONE,
    /** The person's name, fuzzy: normalised tokens, swapped first and last names, CJK compared by character. */
    PERSON_NAME,
    /** The company's name, fuzzy: normalised tokens without legal suffixes such as Ltd, GmbH or 有限公司. */
    COMPANY_NAME
}
