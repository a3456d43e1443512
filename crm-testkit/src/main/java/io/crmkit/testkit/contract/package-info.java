/**
 * The contract every set of crm-core port adapters must keep, as abstract JUnit 5 tests: extend
 * {@link io.crmkit.testkit.contract.CrmPortsContract} (the ports of {@code CrmPorts}, bulk saves included),
 * {@link io.crmkit.testkit.contract.PooledAccountsContract} and
 * {@link io.crmkit.testkit.contract.DuplicateCandidatesContract} in your own test sources to check your adapters
 * (junit-jupiter-api is optional here, so add it to your test scope).
 */
package io.crmkit.testkit.contract;
