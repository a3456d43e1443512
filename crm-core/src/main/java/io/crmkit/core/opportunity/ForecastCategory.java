package io.crmkit.core.opportunity;

/** How an opportunity counts in the forecast; each stage has one. */
public enum ForecastCategory {
    /** Early, counted only in the open pipeline. */
    PIPELINE,
    /** Could close this period if things go well. */
    BEST_CASE,
    /** The rep commits to closing it. */
    COMMIT,
    /** Won. */
    CLOSED,
    /** Left out of the forecast (lost). */
    OMITTED
}
