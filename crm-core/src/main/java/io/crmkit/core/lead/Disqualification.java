package io.crmkit.core.lead;

import io.crmkit.core.internal.Require;

/** A reason for disqualifying a lead: a category and a human explanation (1..500 characters). */
public record Disqualification(DisqualificationReason reason, String detail) {

    /** Validates. */
    public Disqualification {
        Require.nonNull(reason, "reason");
        detail = Require.text(detail, "detail", 500);
    }

    /** A reason of {@code reason} explained by {@code detail}. */
    public static Disqualification of(DisqualificationReason reason, String detail) {
        return new Disqualification(reason, detail);
    }

    @Override
    public String toString() {
        return reason + ": " + detail;
    }
}
