/**
 * The ports a host implements to give crmkit storage and event delivery. Every store uses optimistic locking:
 * {@code save} returns the aggregate at its new version, or throws
 * {@link io.crmkit.core.shared.ConcurrentUpdateException} and writes nothing.
 */
package io.crmkit.core.port;
