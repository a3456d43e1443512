package io.crmkit.persistence.jpa;

import java.util.Map;

/** What the rows have in common that is not worth an abstract class. */
final class Rows {

    private static final Map<Class<?>, String> NAMES = Map.of(LeadRow.class, "lead", AccountRow.class, "account",
            ContactRow.class, "contact", OpportunityRow.class, "opportunity", ActivityRow.class, "activity",
            LifecycleRow.class, "lifecycle", PooledAccountRow.class, "pool entry");

    private Rows() {
    }

    static String aggregateName(Class<?> rowType) {
        return NAMES.getOrDefault(rowType, rowType.getSimpleName());
    }

    /** Sets the version of a new row before it is persisted (the provider keeps a version that is set). */
    static void setVersion(VersionedRow row, long version) {
        if (row instanceof LeadRow r) {
            r.version = version;
        } else if (row instanceof AccountRow r) {
            r.version = version;
        } else if (row instanceof ContactRow r) {
            r.version = version;
        } else if (row instanceof OpportunityRow r) {
            r.version = version;
        } else if (row instanceof ActivityRow r) {
            r.version = version;
        } else if (row instanceof LifecycleRow r) {
            r.version = version;
        } else if (row instanceof PooledAccountRow r) {
            r.version = version;
        } else {
            throw new IllegalArgumentException("unknown row " + row.getClass());
        }
    }
}
