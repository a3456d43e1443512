package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

/**
 * One level of an approval chain.
 *
 * @param name         the level's name, unique in its rule ({@code manager}, {@code director}, {@code vp})
 * @param approverRole the role whose holders may decide at this level; the host resolves it to people
 */
public record ApprovalLevel(String name, String approverRole) {

    /** Validates. */
    public ApprovalLevel {
        name = Require.text(name, "level name", 100);
        approverRole = Require.text(approverRole, "approverRole of level " + name, 100);
    }

    /** A level named after the role that decides it. */
    public static ApprovalLevel of(String role) {
        return new ApprovalLevel(role, role);
    }
}
