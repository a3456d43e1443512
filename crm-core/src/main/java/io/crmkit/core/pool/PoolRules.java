package io.crmkit.core.pool;

import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.InvalidConfigurationException;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * How a public pool recycles and hands out customers. All periods are whole days.
 *
 * @param name                     the pool's name, for messages
 * @param followUpDays             a held customer with no follow-up for this many days returns to the pool
 * @param followUpDaysByTier       overrides of {@code followUpDays} per customer level
 * @param extensionDaysPerActivity each follow-up pushes the deadline back this many days (0: a follow-up only
 *                                 restarts the {@code followUpDays} count from itself)
 * @param maxProtectionDays        however many follow-ups, a customer returns this many days after its claim at the
 *                                 latest unless a deal is won (empty: no limit)
 * @param winWithinDays            a customer with no won deal this many days after its claim returns (empty: no limit)
 * @param reminderDaysBefore       the holder is reminded this many days before the customer returns
 * @param dailyClaimCap            claims one rep may make per day
 * @param holdingCap               customers one rep may hold at once
 * @param wonCountTowardsHolding   whether customers with a won deal count against {@code holdingCap}
 * @param cooldownDays             days before the previous holder may claim a customer again
 */
public record PoolRules(String name, int followUpDays, Map<Tier, Integer> followUpDaysByTier, int extensionDaysPerActivity,
                        OptionalInt maxProtectionDays, OptionalInt winWithinDays, int reminderDaysBefore,
                        int dailyClaimCap, int holdingCap, boolean wonCountTowardsHolding, int cooldownDays) {

    /** Validates, reporting every problem with its field. */
    public PoolRules {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(followUpDaysByTier, "followUpDaysByTier");
        Objects.requireNonNull(maxProtectionDays, "maxProtectionDays");
        Objects.requireNonNull(winWithinDays, "winWithinDays");
        followUpDaysByTier = followUpDaysByTier.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(followUpDaysByTier));
        List<String> problems = new ArrayList<>();
        if (name.isBlank()) {
            problems.add("name: must not be blank");
        }
        positive(problems, "followUpDays", followUpDays);
        followUpDaysByTier.forEach((tier, days) -> positive(problems, "followUpDaysByTier." + tier, days));
        nonNegative(problems, "extensionDaysPerActivity", extensionDaysPerActivity);
        if (maxProtectionDays.isPresent()) {
            int days = maxProtectionDays.getAsInt();
            int longest = followUpDaysByTier.values().stream().mapToInt(Integer::intValue).reduce(followUpDays, Math::max);
            if (days < longest) {
                problems.add("maxProtectionDays: must be at least the follow-up period (" + longest + ") but was " + days);
            }
        }
        winWithinDays.ifPresent(days -> positive(problems, "winWithinDays", days));
        nonNegative(problems, "reminderDaysBefore", reminderDaysBefore);
        positive(problems, "dailyClaimCap", dailyClaimCap);
        positive(problems, "holdingCap", holdingCap);
        nonNegative(problems, "cooldownDays", cooldownDays);
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException("pool rules '" + name + "'", problems);
        }
    }

    /** Starts rules for pool {@code name} with a follow-up period; every other limit is off until set. */
    public static Builder builder(String name, int followUpDays) {
        return new Builder(name, followUpDays);
    }

    /** The follow-up period of a customer at {@code tier}. */
    public int followUpDays(Tier tier) {
        return followUpDaysByTier.getOrDefault(tier, followUpDays);
    }

    private static void positive(List<String> problems, String field, int value) {
        if (value <= 0) {
            problems.add(field + ": must be positive but was " + value);
        }
    }

    private static void nonNegative(List<String> problems, String field, int value) {
        if (value < 0) {
            problems.add(field + ": must not be negative but was " + value);
        }
    }

    /** Builds {@link PoolRules}; validation happens in {@link #build()}. */
    public static final class Builder {
        private final String name;
        private final int followUpDays;
        private final Map<Tier, Integer> byTier = new EnumMap<>(Tier.class);
        private int extension;
        private OptionalInt maxProtection = OptionalInt.empty();
        private OptionalInt winWithin = OptionalInt.empty();
        private int reminder;
        private int dailyClaims = Integer.MAX_VALUE;
        private int holding = Integer.MAX_VALUE;
        private boolean wonCounts = true;
        private int cooldown;

        private Builder(String name, int followUpDays) {
            this.name = name;
            this.followUpDays = followUpDays;
        }

        /** A different follow-up period for customers at {@code tier}. */
        public Builder followUpDays(Tier tier, int days) {
            byTier.put(Objects.requireNonNull(tier, "tier"), days);
            return this;
        }

        /** Each follow-up extends protection by {@code days}, up to {@code maxDays} after the claim. */
        public Builder extendPerActivity(int days, int maxDays) {
            this.extension = days;
            this.maxProtection = OptionalInt.of(maxDays);
            return this;
        }

        /** A customer must have a won deal within {@code days} of its claim. */
        public Builder winWithin(int days) {
            this.winWithin = OptionalInt.of(days);
            return this;
        }

        /** Remind the holder {@code days} before recycling. */
        public Builder remindBefore(int days) {
            this.reminder = days;
            return this;
        }

        /** At most {@code perDay} claims per rep per day and {@code held} customers held at once. */
        public Builder claimCaps(int perDay, int held, boolean wonCountsTowardsHolding) {
            this.dailyClaims = perDay;
            this.holding = held;
            this.wonCounts = wonCountsTowardsHolding;
            return this;
        }

        /** The previous holder waits {@code days} before claiming the customer again. */
        public Builder cooldown(int days) {
            this.cooldown = days;
            return this;
        }

        /** The validated rules. */
        public PoolRules build() {
            return new PoolRules(name, followUpDays, byTier, extension, maxProtection, winWithin, reminder, dailyClaims,
                    holding, wonCounts, cooldown);
        }
    }
}
