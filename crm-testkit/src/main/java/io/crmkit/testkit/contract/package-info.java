/**
 * The contract every set of crm-core port adapters must keep, as abstract JUnit 5 tests: extend
 * {@link io.crmkit.testkit.contract.CrmPortsContract} in your own test sources to check your adapters (junit-jupiter-api
 * is optional here, so add it to your test scope).
 */
package io.crmkit.testkit.contract;
