package io.crmkit.core.pool;

/** Why a claim was refused. */
public enum ClaimRefusal {
    /** Someone holds the customer already (another rep won the race, or it was never returned). */
    ALREADY_HELD,
    /** The customer is locked: nobody may claim it. */
    LOCKED,
    /** The rep made the day's maximum of claims. */
    DAILY_CAP,
    /** The rep holds the maximum of customers. */
    HOLDING_CAP,
    /** The rep returned or lost this customer too recently to claim it again. */
    COOLDOWN
}
