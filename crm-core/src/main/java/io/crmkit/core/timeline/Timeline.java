package io.crmkit.core.timeline;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;

import java.util.List;

/**
 * Everything known about one account, in {@linkplain TimelineEntry#CHRONOLOGICAL time order}; entries of the same
 * instant keep the order they were given in (the account, contacts, activities, opportunities, lifecycle, then
 * extra sources), so a won deal comes before the lifecycle move it caused.
 */
public record Timeline(AccountId account, List<TimelineEntry> entries) {

    /** Copies and sorts the entries. */
    public Timeline {
        Require.nonNull(account, "account");
        entries = Require.listOf(entries, "entries").stream().sorted(TimelineEntry.CHRONOLOGICAL).toList();
    }
}
