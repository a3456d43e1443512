/**
 * Predictive lead scoring: tabular training data ({@link io.crmkit.scoring.predictive.Dataset}, loaded from delimited
 * files by {@link io.crmkit.scoring.predictive.CsvDataset}), feature encoding, L2-regularised
 * {@link io.crmkit.scoring.predictive.LogisticRegression} with JSON export ({@link io.crmkit.scoring.predictive.LogisticModelJson}),
 * and model evaluation for any {@link io.crmkit.scoring.predictive.TrainedModel}: stratified
 * {@link io.crmkit.scoring.predictive.CrossValidation}, AUC, log loss, Brier score, calibration and lift
 * ({@link io.crmkit.scoring.predictive.Metrics}, {@link io.crmkit.scoring.predictive.Evaluation}).
 * <pre>{@code
 * Dataset bank = CsvDataset.read(Path.of("bank-full.csv"), ';', "y", "yes", Set.of("duration")).dataset();
 * CrossValidationResult cv = CrossValidation.stratified(5, 42).run(bank, LogisticRegression.ofDefaults());
 * LogisticModel model = LogisticRegression.ofDefaults().train(bank);
 * String json = LogisticModelJson.write(model);
 * }</pre>
 */
package io.crmkit.scoring.predictive;
