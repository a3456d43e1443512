package io.crmkit.pricing.waterfall;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Tier;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.internal.Checks;

import java.util.Set;

/**
 * Who buys, as far as pricing cares.
 *
 * @param account             the account
 * @param tier                its tier
 * @param groups              its price groups
 * @param region              the sales region
 * @param channel             the sales channel
 * @param partnerDiscount     the partner's discount, in [0, 100]
 * @param distributorDiscount the distributor's discount, in [0, 100]
 */
public record Buyer(AccountId account, Tier tier, Set<String> groups, String region, String channel,
                    Percentage partnerDiscount, Percentage distributorDiscount) {

    /** Validates. */
    public Buyer {
        Checks.nonNull(account, "account");
        Checks.nonNull(tier, "tier");
        groups = Set.copyOf(Checks.nonNull(groups, "groups"));
        region = Checks.nonBlank(region, "region");
        channel = Checks.nonBlank(channel, "channel");
        Checks.nonNull(partnerDiscount, "partnerDiscount");
        Checks.argument(partnerDiscount.isBetweenZeroAndHundred(), "partnerDiscount must be in [0, 100] but was " + partnerDiscount);
        Checks.nonNull(distributorDiscount, "distributorDiscount");
        Checks.argument(distributorDiscount.isBetweenZeroAndHundred(), "distributorDiscount must be in [0, 100] but was " + distributorDiscount);
    }

    /** A direct buyer with no groups and no partner or distributor discount. */
    public static Buyer of(AccountId account, Tier tier, String region, String channel) {
        return new Buyer(account, tier, Set.of(), region, channel, Percentage.ZERO, Percentage.ZERO);
    }

    /** This buyer in {@code groups}. */
    public Buyer inGroups(String... groups) {
        return new Buyer(account, tier, Set.of(groups), region, channel, partnerDiscount, distributorDiscount);
    }

    /** This buyer buying through a partner and a distributor with these discounts. */
    public Buyer throughChannel(Percentage partner, Percentage distributor) {
        return new Buyer(account, tier, groups, region, channel, partner, distributor);
    }
}
