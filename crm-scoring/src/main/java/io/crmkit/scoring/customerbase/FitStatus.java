package io.crmkit.scoring.customerbase;

/** How a maximum-likelihood fit ended. */
public enum FitStatus {
    /** The optimiser converged: the log-likelihood no longer improves. */
    CONVERGED,
    /** The optimiser ran out of evaluations before converging; the parameters are the best seen, not a maximum. */
    NOT_CONVERGED
}
