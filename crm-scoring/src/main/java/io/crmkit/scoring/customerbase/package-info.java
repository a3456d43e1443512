/**
 * Customer-base analytics for non-contractual businesses (a customer can stop buying without telling anyone):
 * {@link io.crmkit.scoring.customerbase.BgNbd BG/NBD} and {@link io.crmkit.scoring.customerbase.ParetoNbd Pareto/NBD}
 * purchase models and the {@link io.crmkit.scoring.customerbase.GammaGamma Gamma-Gamma} spend model fitted by maximum
 * likelihood, the probability a customer is still alive, expected purchases, customer lifetime value,
 * {@link io.crmkit.scoring.customerbase.Rfm RFM} segments, {@link io.crmkit.scoring.customerbase.CohortRetention cohort
 * retention} and {@link io.crmkit.scoring.customerbase.ChurnRisk churn-risk flags}.
 * <p>
 * Time is measured in weeks from a customer's first purchase, as in the literature; purchases on the same day count
 * as one. Every engine is a pure function of its inputs.
 */
package io.crmkit.scoring.customerbase;
