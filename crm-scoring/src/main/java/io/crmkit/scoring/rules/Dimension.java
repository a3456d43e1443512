package io.crmkit.scoring.rules;

/** The two dimensions of a lead score. */
public enum Dimension {
    /** How well the lead matches the ideal customer profile (profile rules). */
    FIT,
    /** How interested the lead is, from behaviour (engagement rules). */
    ENGAGEMENT
}
