package io.crmkit.core.shared;

/**
 * Thrown by a store when an aggregate was changed by someone else since it was loaded (optimistic locking).
 * Nothing was written; reload and retry if the use case is idempotent.
 */
public final class ConcurrentUpdateException extends RuntimeException {

    private final String aggregate;
    private final long expectedVersion;
    private final long actualVersion;

    /** Creates the exception for {@code aggregate} (type and id) loaded at {@code expectedVersion}. */
    public ConcurrentUpdateException(String aggregate, long expectedVersion, long actualVersion) {
        super(aggregate + " was changed concurrently: expected version " + expectedVersion
                + " but the stored version is " + actualVersion);
        this.aggregate = aggregate;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    /** The aggregate's type and id. */
    public String aggregate() {
        return aggregate;
    }

    /** The version the caller loaded. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store (-1 if it is gone). */
    public long actualVersion() {
        return actualVersion;
    }
}
