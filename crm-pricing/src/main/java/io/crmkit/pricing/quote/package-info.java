/**
 * Quotes: lines in groups, priced through the waterfall, taxed through {@link io.crmkit.pricing.port.TaxRates};
 * a lifecycle from Draft to Accepted, Rejected or Expired; immutable versions with a diff between any two; and a
 * reference of what the account and similar accounts paid before.
 */
package io.crmkit.pricing.quote;
