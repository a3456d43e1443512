package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;

/**
 * What an approval process decides on, as its events name it: {@code ApprovalSubject.of("quote", quoteId + "/2")}.
 *
 * @param kind what sort of thing it is ({@code quote}, {@code contract}), at most 50 characters
 * @param id   which one, at most 200 characters
 */
public record ApprovalSubject(String kind, String id) {

    /** Validates. */
    public ApprovalSubject {
        kind = Require.text(kind, "subject kind", 50);
        id = Require.text(id, "subject id", 200);
    }

    /** {@code of("quote", "0190...-d1/2")}. */
    public static ApprovalSubject of(String kind, String id) {
        return new ApprovalSubject(kind, id);
    }

    @Override
    public String toString() {
        return kind + " " + id;
    }
}
