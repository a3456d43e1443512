/**
 * Lead-scoring configuration as JSON: {@link io.crmkit.scoring.json.RuleSetJson} reads a
 * {@link io.crmkit.scoring.rules.RuleSet} an administrator edited, reporting every problem with its JSON path, and
 * writes one back in the same format.
 */
package io.crmkit.scoring.json;
