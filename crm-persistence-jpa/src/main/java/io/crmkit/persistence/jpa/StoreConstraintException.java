package io.crmkit.persistence.jpa;

/**
 * The database refused a change because it breaks one of crmkit's constraints (an opportunity of an account that is
 * not stored, say). The transaction was rolled back: nothing of it was written and none of its events were stored.
 */
public final class StoreConstraintException extends RuntimeException {

    private final String constraint;

    StoreConstraintException(String constraint, String explanation, Throwable cause) {
        super(explanation + " (constraint " + constraint + "); nothing of the transaction was stored", cause);
        this.constraint = constraint;
    }

    /** The constraint's name in the schema, or {@code "unknown"} if the database did not say. */
    public String constraint() {
        return constraint;
    }
}
