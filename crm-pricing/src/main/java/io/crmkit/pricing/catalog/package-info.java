/** The catalogue: products with their cost, unit, category and active dates, and bundles of products. */
package io.crmkit.pricing.catalog;
