package io.crmkit.scoring.predictive;

/** How a column's values are read and encoded. */
public enum ColumnType {
    /** Text values; one-hot encoded, one feature per value seen in training. */
    CATEGORICAL,
    /** Numbers; standardised with the training mean and standard deviation, or binned by training quantiles. */
    NUMERIC
}
