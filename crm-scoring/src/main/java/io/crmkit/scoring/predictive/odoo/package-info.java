/**
 * Odoo CRM's predictive lead scoring (PLS), reproduced so that a host migrating from Odoo gets the same
 * automated probabilities.
 *
 * <p>Odoo keeps, per sales team, a frequency table of won and lost counts for every (field, value) couple of its
 * closed leads and scores an open lead with a naive Bayes product over that table. This package rebuilds the table
 * from closed leads ({@link io.crmkit.scoring.predictive.odoo.FrequencyTable#rebuild}, Odoo's daily cron), applies
 * Odoo's live increments when a lead is won, lost or reopened
 * ({@link io.crmkit.scoring.predictive.odoo.FrequencyTable#withReached},
 * {@link io.crmkit.scoring.predictive.odoo.FrequencyTable#withLeft}), imports an existing Odoo table
 * ({@link io.crmkit.scoring.predictive.odoo.FrequencyTable#of}) and scores open leads
 * ({@link io.crmkit.scoring.predictive.odoo.OdooPredictiveScoring}) with Odoo's smoothing, stage-counting rules,
 * team fallback, tag threshold, rounding and clamping.
 *
 * <p>Sources (odoo/odoo, read through a stored index; the index does not name branches, so commits are given):
 * {@code addons/crm/models/crm_lead.py} at {@code 694f48a59a2d15e2655708d299329b33003e2c9f} (the "PLS" section:
 * {@code _pls_get_naive_bayes_probabilities}, {@code _pls_prepare_update_frequency_table},
 * {@code _pls_update_frequency_table}, {@code _pls_get_won_lost_total_count}, {@code _pls_prepare_frequencies},
 * {@code _pls_get_lead_pls_values}, {@code _handle_won_lost}); the same section at
 * {@code 0015f11c6480502f817e95c454b82b6beee8dd86} (an older release, identical except that it does not clamp to
 * [0.01, 99.99]); {@code addons/crm/models/crm_lead_scoring_frequency.py} at
 * {@code 1aa324d344698110f34e1ba318c2de9044d0a379}; {@code addons/crm/data/crm_stage_data.xml} and
 * {@code crm_lead_prediction_data.xml}; and the expectations of {@code addons/crm/tests/test_crm_pls.py} at
 * {@code 01d145fdf90893c6a746251bed279d1694db8933}, which the golden test reproduces.
 */
package io.crmkit.scoring.predictive.odoo;
