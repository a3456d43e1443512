package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Ids;

import java.util.UUID;

/** Identifies a {@link Pipeline}. */
public record PipelineId(UUID value) {

    /** Rejects null. */
    public PipelineId {
        Require.nonNull(value, "pipelineId");
    }

    /** A new time-ordered id. */
    public static PipelineId newId() {
        return new PipelineId(Ids.next());
    }

    /** Parses a UUID string, naming the value if it is not one. */
    public static PipelineId of(String value) {
        return new PipelineId(Ids.parse(value, "pipelineId"));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
