/**
 * Value objects shared by every feature: {@link io.crmkit.core.shared.Money}, percentages, probabilities,
 * contact details, tags, time-ordered ids, the transition table behind every lifecycle, and domain events.
 */
package io.crmkit.core.shared;
