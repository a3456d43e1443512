/**
 * Jakarta Persistence adapters for crmkit's ports. The adapters arrive with their own issue; today the module only
 * fixes its name and its dependencies (the Jakarta Persistence API, no provider).
 */
module io.crmkit.persistence.jpa {
    requires transitive io.crmkit.core;
    requires static jakarta.persistence;
}
