/** Root package of crmkit pricing: feature packages ({@code catalog}, {@code pricebook}, {@code quote}, ...) live below it. */
package io.crmkit.pricing;
