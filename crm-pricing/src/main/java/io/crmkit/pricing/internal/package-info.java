/** Helpers shared by crm-pricing's packages; not exported. */
package io.crmkit.pricing.internal;
