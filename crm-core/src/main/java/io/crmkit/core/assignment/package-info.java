/**
 * Lead assignment: ordered {@link io.crmkit.core.assignment.AssignmentRule rules} (first match wins) that send a lead
 * to a rep or to a {@link io.crmkit.core.assignment.Team team}, and inside a team a
 * {@link io.crmkit.core.assignment.Distribution distribution} (round-robin, load-balanced by capacity, skill match,
 * weighted) that skips inactive members and members on leave. The {@link io.crmkit.core.assignment.Assigner} is
 * deterministic given its {@link io.crmkit.core.assignment.AssignmentLedger ledger}.
 */
package io.crmkit.core.assignment;
