/**
 * Rule-based lead scoring: fit rules on profile attributes and engagement rules on behaviour events (recency
 * windows, frequency caps, decay, group caps), grades, the MQL threshold, explanations, and an engine that swaps
 * rule sets atomically. Build a {@link io.crmkit.scoring.rules.RuleSet}, compile it into a
 * {@link io.crmkit.scoring.rules.Scorer} (or hand it to a {@link io.crmkit.scoring.rules.ScoringEngine}), and
 * score {@link io.crmkit.scoring.rules.Profile profiles} with their {@link io.crmkit.scoring.rules.Engagement}.
 */
package io.crmkit.scoring.rules;
