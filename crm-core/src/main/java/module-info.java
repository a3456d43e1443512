/**
 * crmkit's domain model: value objects, parties, leads, opportunities and pipelines, activities, the customer
 * lifecycle, the account timeline, approval chains, lead assignment, the public pool, playbooks and alerts, duplicate
 * detection and merge, the ports a host implements, and the use-case services. Depends on the JDK only; Jackson is an
 * optional dependency used only by {@code io.crmkit.core.json} (configuration as JSON).
 */
module io.crmkit.core {
    requires static com.fasterxml.jackson.databind;

    exports io.crmkit.core.shared;
    exports io.crmkit.core.party;
    exports io.crmkit.core.lead;
    exports io.crmkit.core.opportunity;
    exports io.crmkit.core.activity;
    exports io.crmkit.core.lifecycle;
    exports io.crmkit.core.timeline;
    exports io.crmkit.core.port;
    exports io.crmkit.core.usecase;
    exports io.crmkit.core.assignment;
    exports io.crmkit.core.playbook;
    exports io.crmkit.core.pool;
    exports io.crmkit.core.approval;
    exports io.crmkit.core.json;
    exports io.crmkit.core.dedupe;
}
