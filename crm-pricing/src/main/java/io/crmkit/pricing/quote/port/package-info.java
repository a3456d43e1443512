/**
 * Where a host keeps quote versions ({@link io.crmkit.pricing.quote.port.Quotes}): a port of the quote feature, apart
 * from {@link io.crmkit.pricing.port} because it speaks of quotes, which themselves use that package's ports.
 */
package io.crmkit.pricing.quote.port;
