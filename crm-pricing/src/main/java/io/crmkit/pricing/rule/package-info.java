/**
 * Price rules: conditions on the line, the account and the date; actions (percent of list, discount, markup on cost,
 * amount off, set price); priorities; min/max clamps; and a floor of cost plus a minimum margin.
 */
package io.crmkit.pricing.rule;
