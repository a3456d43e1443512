package io.crmkit.persistence.jpa;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.pool.Holding;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.pool.Release;
import io.crmkit.core.shared.UserId;

import java.util.Optional;

/** Copies a {@link PooledAccount} into a {@link PooledAccountRow} and back. */
final class PooledAccountMapper {

    private PooledAccountMapper() {
    }

    static void write(PooledAccount entry, PooledAccountRow row) {
        row.pool = entry.pool();
        row.tier = entry.tier().name();
        row.holder = entry.holding().map(h -> h.owner().value()).orElse(null);
        row.heldSince = entry.holding().map(Holding::claimedAt).orElse(null);
        row.remindedFor = entry.holding().flatMap(Holding::remindedFor).orElse(null);
        row.lastClaimBy = entry.lastClaim().map(c -> c.by().value()).orElse(null);
        row.lastClaimAt = entry.lastClaim().map(PooledAccount.Claim::at).orElse(null);
        row.releasedBy = entry.lastRelease().map(r -> r.previousOwner().value()).orElse(null);
        row.releasedAt = entry.lastRelease().map(Release::at).orElse(null);
        row.releaseReason = entry.lastRelease().map(Release::reason).orElse(null);
        row.locked = entry.locked();
        row.wonAt = entry.wonAt().orElse(null);
    }

    static PooledAccount read(PooledAccountRow row) {
        Optional<Holding> holding = row.holder == null ? Optional.empty()
                : Optional.of(new Holding(new UserId(row.holder), row.heldSince, Optional.ofNullable(row.remindedFor)));
        return new PooledAccount(new AccountId(row.id), row.version, row.pool, Tier.valueOf(row.tier), holding,
                lastClaim(row), row.releasedBy == null ? Optional.empty()
                : Optional.of(new Release(new UserId(row.releasedBy), row.releasedAt, row.releaseReason)),
                row.locked, Optional.ofNullable(row.wonAt));
    }

    static Optional<PooledAccount.Claim> lastClaim(PooledAccountRow row) {
        return row.lastClaimBy == null ? Optional.empty()
                : Optional.of(new PooledAccount.Claim(new UserId(row.lastClaimBy), row.lastClaimAt));
    }
}
