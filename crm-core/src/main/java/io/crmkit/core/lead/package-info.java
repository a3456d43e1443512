/** Leads: capture, the status lifecycle, qualification policies and conversion into account, contact and opportunity. */
package io.crmkit.core.lead;
