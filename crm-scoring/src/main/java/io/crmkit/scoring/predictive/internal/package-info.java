/**
 * Numerical and parsing machinery behind {@code io.crmkit.scoring.predictive}: the CSV tokenizer, the Newton solver
 * for L2-regularised logistic regression and average ranks. Not exported by the module: not API.
 */
package io.crmkit.scoring.predictive.internal;
