/** The ports crm-pricing needs from its host: exchange rates, tax rates, price history and quote storage. */
package io.crmkit.pricing.port;
