/**
 * Jakarta Persistence adapters of every crm-core port: start at {@link io.crmkit.persistence.jpa.JpaCrmPorts}.
 * Adapters, entity classes and mappers are package-private; the domain model carries no persistence annotations.
 */
package io.crmkit.persistence.jpa;
