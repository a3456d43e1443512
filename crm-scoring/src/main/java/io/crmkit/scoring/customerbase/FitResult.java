package io.crmkit.scoring.customerbase;

import io.crmkit.scoring.internal.Checks;

/**
 * The outcome of a maximum-likelihood fit: the model with the best parameters found, its total log-likelihood, and
 * whether the optimiser converged. A fit that did not converge is returned, not thrown: check {@link #converged()}.
 *
 * @param model         the fitted model
 * @param logLikelihood the total log-likelihood of the data under the model
 * @param status        whether the optimiser converged
 * @param evaluations   how many times the log-likelihood was evaluated
 * @param customers     how many customers the model was fitted on
 * @param <M>           the kind of model
 */
public record FitResult<M>(M model, double logLikelihood, FitStatus status, int evaluations, int customers) {

    public FitResult {
        Checks.nonNull(model, "model");
        Checks.nonNull(status, "status");
    }

    /** True if the optimiser converged. */
    public boolean converged() {
        return status == FitStatus.CONVERGED;
    }
}
