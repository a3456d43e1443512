package io.crmkit.core.party;

/** The part a contact plays in the buying decision. */
public enum DecisionRole {
    /** Owns the budget and signs. */
    ECONOMIC_BUYER,
    /** Makes the final call. */
    DECISION_MAKER,
    /** Shapes the decision. */
    INFLUENCER,
    /** Sells for us inside the account. */
    CHAMPION,
    /** Will use what is bought. */
    USER,
    /** Controls access to the others. */
    GATEKEEPER;

    /** True for the roles that can commit budget (economic buyer, decision maker): the "A" of BANT. */
    public boolean hasAuthority() {
        return this == ECONOMIC_BUYER || this == DECISION_MAKER;
    }
}
