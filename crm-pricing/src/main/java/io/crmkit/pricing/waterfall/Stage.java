package io.crmkit.pricing.waterfall;

/** The named prices of the waterfall. */
public enum Stage {
    /** The price book's price (or the sum of a bundle's components). */
    LIST,
    /** After contracted prices, discount schedules, price rules and the floor. */
    REGULAR,
    /** After the additional discount a sales rep gave. */
    CUSTOMER,
    /** After the partner's discount. */
    PARTNER,
    /** After the distributor's discount: what the buyer pays. */
    NET
}
