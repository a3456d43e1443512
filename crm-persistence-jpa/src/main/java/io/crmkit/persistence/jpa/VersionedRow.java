package io.crmkit.persistence.jpa;

import java.util.UUID;

/** A row that stores one aggregate with its optimistic-locking version. */
interface VersionedRow {

    /** The aggregate's id. */
    UUID key();

    /** The stored version. */
    long version();

    /** Sets the version of a new row before it is persisted (the provider keeps a version that is set). */
    void version(long value);
}
