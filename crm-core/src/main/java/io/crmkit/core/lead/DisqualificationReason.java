package io.crmkit.core.lead;

/** Why a lead is not worth pursuing, as a category a host can report on. */
public enum DisqualificationReason {
    /** No budget, or below the minimum deal size (the B of BANT). */
    NO_BUDGET,
    /** Cannot reach anyone who decides (the A of BANT). */
    NO_AUTHORITY,
    /** No need for what we sell (the N of BANT). */
    NO_NEED,
    /** Not buying in a useful time frame (the T of BANT). */
    BAD_TIMING,
    /** Outside the markets we serve. */
    OUT_OF_TERRITORY,
    /** A duplicate of another lead or contact. */
    DUPLICATE,
    /** A competitor, a student, or spam. */
    NOT_A_PROSPECT,
    /** Never answered. */
    UNREACHABLE,
    /** Anything else; the detail says what. */
    OTHER
}
