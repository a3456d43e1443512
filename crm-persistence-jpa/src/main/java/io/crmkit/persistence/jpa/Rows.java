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
}
