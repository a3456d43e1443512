/**
 * Jakarta Persistence adapters for crm-core's ports ({@link io.crmkit.persistence.jpa.JpaCrmPorts}) and crm-pricing's
 * ({@link io.crmkit.persistence.jpa.JpaPricingPorts}), the SQL
 * migrations of their schema ({@link io.crmkit.persistence.jpa.CrmSchema}) and the transactional outbox with its
 * relay ({@link io.crmkit.persistence.jpa.OutboxRelay}). Compiles against the Jakarta Persistence API only; the
 * provider (Hibernate 6 is the tested one) comes from the host.
 */
module io.crmkit.persistence.jpa {
    requires transitive io.crmkit.core;
    requires transitive io.crmkit.pricing;
    requires transitive jakarta.persistence;
    requires transitive java.sql;

    exports io.crmkit.persistence.jpa;
    // the provider reads and writes the (package-private) entity classes reflectively
    opens io.crmkit.persistence.jpa;
}
