package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.internal.Checks;

import java.math.RoundingMode;

/**
 * How the waterfall runs. The defaults follow the common CPQ order List, Regular, Customer, Partner, Net.
 *
 * @param additionalDiscountLast apply the additional (manual) discount after the partner and distributor discounts
 * @param partnerDiscountFirst   take the partner discount off the list price, before schedules and rules
 * @param rounding               how every step rounds to the currency's scale
 * @param conversionRounding     how prices converted from another currency are rounded
 * @param marginWarningBelow     lines and totals whose margin is below this get a warning
 */
public record WaterfallOptions(boolean additionalDiscountLast, boolean partnerDiscountFirst, RoundingMode rounding,
                               RoundingMode conversionRounding, Percentage marginWarningBelow) {

    /** Validates. */
    public WaterfallOptions {
        Checks.nonNull(rounding, "rounding");
        Checks.argument(rounding != RoundingMode.UNNECESSARY, "rounding must round, UNNECESSARY would fail on the first odd cent");
        Checks.nonNull(conversionRounding, "conversionRounding");
        Checks.argument(conversionRounding != RoundingMode.UNNECESSARY, "conversionRounding must round");
        Checks.nonNull(marginWarningBelow, "marginWarningBelow");
    }

    /** Additional discount before partner and distributor, partner discount on the regular price, HALF_UP, warn under 20%. */
    public static WaterfallOptions ofDefaults() {
        return new WaterfallOptions(false, false, RoundingMode.HALF_UP, RoundingMode.HALF_UP, Percentage.of(20));
    }

    /** These options with the additional discount applied last. */
    public WaterfallOptions withAdditionalDiscountLast(boolean last) {
        return new WaterfallOptions(last, partnerDiscountFirst, rounding, conversionRounding, marginWarningBelow);
    }

    /** These options with the partner discount taken off the list price. */
    public WaterfallOptions withPartnerDiscountFirst(boolean first) {
        return new WaterfallOptions(additionalDiscountLast, first, rounding, conversionRounding, marginWarningBelow);
    }

    /** These options with a different margin warning threshold. */
    public WaterfallOptions withMarginWarningBelow(Percentage threshold) {
        return new WaterfallOptions(additionalDiscountLast, partnerDiscountFirst, rounding, conversionRounding, threshold);
    }

    /** These options with a different rounding of steps. */
    public WaterfallOptions withRounding(RoundingMode mode) {
        return new WaterfallOptions(additionalDiscountLast, partnerDiscountFirst, mode, conversionRounding, marginWarningBelow);
    }
}
