/**
 * Playbooks and alerts: tasks created when a deal enters a stage ({@link io.crmkit.core.playbook.Playbook}), and
 * {@link io.crmkit.core.playbook.Alert alerts} with a recommended action for stale deals, passed close dates, deals
 * stuck in a stage, overdue activities and customers at risk of churning ({@link io.crmkit.core.playbook.Alerts}).
 */
package io.crmkit.core.playbook;
