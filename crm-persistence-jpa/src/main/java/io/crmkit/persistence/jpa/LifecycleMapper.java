package io.crmkit.persistence.jpa;

import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.LifecycleChange;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.party.AccountId;

import java.util.List;
import java.util.Optional;

/** Copies a {@link CustomerLifecycle} into a {@link LifecycleRow} and back; moves are appended, not rewritten. */
final class LifecycleMapper {

    private LifecycleMapper() {
    }

    static void write(CustomerLifecycle lifecycle, LifecycleRow row) {
        row.stage = lifecycle.stage().name();
        List<LifecycleChange> stored = history(row);
        List<LifecycleChange> next = lifecycle.history();
        if (stored.equals(next)) {
            return;
        }
        if (!stored.equals(next.subList(0, Math.min(stored.size(), next.size())))) {
            row.history.clear();
            stored = List.of();
        }
        for (LifecycleChange change : next.subList(stored.size(), next.size())) {
            LifecycleRow.ChangeColumns c = new LifecycleRow.ChangeColumns();
            c.from = change.from().map(Enum::name).orElse(null);
            c.to = change.to().name();
            c.cause = change.cause();
            c.at = change.at();
            row.history.add(c);
        }
    }

    private static List<LifecycleChange> history(LifecycleRow row) {
        return row.history.stream().map(c -> new LifecycleChange(Optional.ofNullable(c.from).map(LifecycleStage::valueOf), LifecycleStage.valueOf(c.to), c.cause, c.at)).toList();
    }

    static CustomerLifecycle read(LifecycleRow row) {
        return new CustomerLifecycle(new AccountId(row.account), row.version, LifecycleStage.valueOf(row.stage), history(row));
    }
}
