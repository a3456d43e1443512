package io.crmkit.core.dedupe;

/** The lead fields a merge decides by a {@link Survivorship} rule (tags are always united). */
public enum MergeField {
    /** The person's name. */
    PERSON,
    /** The e-mail address. */
    EMAIL,
    /** The phone number. */
    PHONE,
    /** The job title. */
    TITLE,
    /** The company name. */
    COMPANY,
    /** The firmographics. */
    COMPANY_PROFILE,
    /** Budget, authority, need, timeline. */
    BANT,
    /** The owning rep. */
    OWNER
}
