/** The customer lifecycle stage of an account (Subscriber to Evangelist) and its derived standing (active, dormant, churned). */
package io.crmkit.core.lifecycle;
