/** Accounts (prospects, customers, partners, suppliers) and the contacts who work for them. */
package io.crmkit.core.party;
