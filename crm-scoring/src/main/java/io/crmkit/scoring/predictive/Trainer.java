package io.crmkit.scoring.predictive;

/**
 * Trains a model on a dataset; {@link CrossValidation} takes any trainer, so every model type is evaluated the same
 * way. A trainer sees only the rows it is given (in cross-validation: the training folds), so everything it fits,
 * encodings included, is fitted on those rows only.
 *
 * @param <M> the model type
 */
@FunctionalInterface
public interface Trainer<M extends TrainedModel> {

    /** A model trained on {@code training}. */
    M train(Dataset training);
}
