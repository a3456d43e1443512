package io.crmkit.core.party;

/** What an account is to the host's business; an account may hold several roles at once. */
public enum AccountRole {
    /** Not yet buying. */
    PROSPECT,
    /** Has bought (at least one won opportunity). */
    CUSTOMER,
    /** Resells or co-sells. */
    PARTNER,
    /** Supplies the host. */
    SUPPLIER
}
