package io.crmkit.core.dedupe;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadId;

import java.util.Optional;

/** A master field a merge filled or replaced: from which lead, the master's value before (if any) and the value taken. */
public record FieldTaken(MergeField field, LeadId from, Optional<String> before, String taken) {

    /** Validates. */
    public FieldTaken {
        Require.nonNull(field, "field");
        Require.nonNull(from, "from");
        Require.nonNull(before, "before");
        Require.nonNull(taken, "taken");
    }
}
