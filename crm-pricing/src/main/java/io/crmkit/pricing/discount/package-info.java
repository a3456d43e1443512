/**
 * Volume and term discount schedules: Range (every unit gets the discount of the tier the quantity falls in), Slab
 * (each unit gets the discount of its own tier) and block prices (a flat price per quantity band), with optional
 * cross-order aggregation.
 */
package io.crmkit.pricing.discount;
