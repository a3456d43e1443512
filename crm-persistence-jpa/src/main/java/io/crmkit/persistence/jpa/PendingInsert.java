package io.crmkit.persistence.jpa;

import java.util.UUID;

/** A new aggregate persisted in the running transaction; if its id turns out to be taken, the conflict names it. */
record PendingInsert(String aggregate, Class<? extends VersionedRow> rowType, UUID key) {
}
