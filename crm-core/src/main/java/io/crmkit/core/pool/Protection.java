package io.crmkit.core.pool;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.Tier;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When a held customer returns to the pool: a pure function of the claim, the follow-ups and the rules, so a host
 * can show the date, test it, and recompute it at any time with the same answer. Days are periods of 24 hours from
 * the claim instant.
 * <ol>
 *   <li>The deadline starts at the claim plus the follow-up period of the customer's tier.</li>
 *   <li>Each follow-up before the current deadline moves it: by {@link PoolRules#extensionDaysPerActivity()} days
 *       when that is set, otherwise to the follow-up plus the follow-up period (the count restarts). Follow-ups at or
 *       after the deadline, or before the claim, do not count: the customer was already due, or not yet held.</li>
 *   <li>The deadline never passes the claim plus {@link PoolRules#maxProtectionDays()}.</li>
 *   <li>Without a won deal, the customer returns at the claim plus {@link PoolRules#winWithinDays()} if that is
 *       earlier.</li>
 *   <li>Locked customers and customers with a won deal are exempt: they never return.</li>
 * </ol>
 * Moving a held customer to another rep (assignment in bulk, transfer) keeps its claim instant, so it does not
 * restart the clock.
 */
public final class Protection {

    private Protection() {
    }

    /**
     * When the customer claimed at {@code claimedAt} returns to the pool, or empty when it is exempt.
     *
     * @param followUps the instants of its follow-ups (completed activities), in any order
     */
    public static Optional<RecycleDue> recycleAt(Instant claimedAt, Tier tier, List<Instant> followUps, boolean locked,
                                                 boolean won, PoolRules rules) {
        Require.nonNull(claimedAt, "claimedAt");
        Require.nonNull(tier, "tier");
        Require.nonNull(followUps, "followUps");
        Require.nonNull(rules, "rules");
        if (locked || won) {
            return Optional.empty();
        }
        Duration period = Duration.ofDays(rules.followUpDays(tier));
        Instant limit = rules.maxProtectionDays().isPresent()
                ? claimedAt.plus(Duration.ofDays(rules.maxProtectionDays().getAsInt())) : Instant.MAX;
        Instant deadline = claimedAt.plus(period);
        List<Instant> sorted = new ArrayList<>(followUps);
        sorted.sort(null);
        boolean extended = false;
        for (Instant followUp : sorted) {
            if (followUp.isBefore(claimedAt)) {
                continue;
            }
            if (!followUp.isBefore(deadline) || !deadline.isBefore(limit)) {
                break;
            }
            deadline = rules.extensionDaysPerActivity() > 0
                    ? deadline.plus(Duration.ofDays(rules.extensionDaysPerActivity()))
                    : later(deadline, followUp.plus(period));
            extended = true;
        }
        RecycleReason reason = RecycleReason.NO_FOLLOW_UP;
        if (deadline.isAfter(limit) || extended && deadline.equals(limit)) {
            deadline = limit;
            reason = RecycleReason.MAX_PROTECTION;
        }
        if (rules.winWithinDays().isPresent()) {
            Instant winBy = claimedAt.plus(Duration.ofDays(rules.winWithinDays().getAsInt()));
            if (winBy.isBefore(deadline)) {
                deadline = winBy;
                reason = RecycleReason.NO_WIN;
            }
        }
        Instant remind = deadline.minus(Duration.ofDays(rules.reminderDaysBefore()));
        return Optional.of(new RecycleDue(deadline, reason, remind.isBefore(claimedAt) ? claimedAt : remind));
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
