/** The ports crm-pricing needs from its host: exchange rates, tax rates and price history (quote storage is {@link io.crmkit.pricing.quote.port.Quotes}). */
package io.crmkit.pricing.port;
