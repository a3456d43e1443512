package io.crmkit.core.playbook;

import io.crmkit.core.activity.ActivityType;
import io.crmkit.core.internal.Require;

/** A task a playbook creates: its type, its subject, and how many days after stage entry it is due. */
public record TaskTemplate(ActivityType type, String subject, int dueAfterDays) {

    /** Validates: a subject, a due offset of 0 to 365 days. */
    public TaskTemplate {
        Require.nonNull(type, "type");
        subject = Require.text(subject, "subject", 300);
        Require.argument(dueAfterDays >= 0 && dueAfterDays <= 365,
                "dueAfterDays of task '" + subject + "' must be 0 to 365 but was " + dueAfterDays);
    }
}
