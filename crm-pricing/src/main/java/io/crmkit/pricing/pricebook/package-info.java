/** Price books (standard, partner, regional) with dated entries per currency, and prices contracted with an account. */
package io.crmkit.pricing.pricebook;
