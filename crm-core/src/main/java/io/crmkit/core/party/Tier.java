package io.crmkit.core.party;

/** The service or VIP level of an account, from the most important down; pool and SLA rules key on it. */
public enum Tier {
    /** Strategic accounts. */
    PLATINUM,
    /** Key accounts. */
    GOLD,
    /** Regular accounts with some priority. */
    SILVER,
    /** Regular accounts. */
    BRONZE,
    /** Not rated yet. */
    UNRATED
}
