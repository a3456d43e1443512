package io.crmkit.core.port;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.timeline.TimelineEntry;
import java.util.List;

/** Contributes entries to an account's timeline; hosts and later modules (quotes, orders, tickets) add their own. */
public interface TimelineSource {
    /** What this source knows about {@code account}, in any order. */
    List<TimelineEntry> entriesFor(AccountId account);
}
