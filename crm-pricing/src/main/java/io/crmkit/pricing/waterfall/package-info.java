/**
 * The pricing waterfall: each line passes List, Regular (contracted price, schedules, rules, floor), Customer
 * (additional manual discount), Partner and Net (distributor), and every intermediate price is recorded with what
 * produced it. Margins per line and in total, with warnings under a threshold.
 */
package io.crmkit.pricing.waterfall;
