package io.crmkit.persistence.jpa;

import java.util.UUID;

/** A row that stores one aggregate with its optimistic-locking version. */
interface VersionedRow {

    /** The aggregate's id. */
    UUID key();

    /** The stored version. */
    long version();
}
