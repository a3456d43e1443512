package io.crmkit.pricing.waterfall;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.core.shared.ProductId;
import io.crmkit.pricing.internal.Checks;

import java.util.List;
import java.util.Optional;

/**
 * A priced line and why its price is what it is.
 *
 * @param key        the line's key
 * @param product    the product
 * @param sku        its SKU
 * @param quantity   units
 * @param stageOrder the stages in the order they were applied (depends on {@link WaterfallOptions})
 * @param steps      every change of the line amount in order; the first is the list price
 * @param cost       what the line costs the seller
 * @param floor      the lowest amount the floor allows, if the rules have a floor
 * @param components each bundle component's share of the net amount; empty if the product is not a bundle
 * @param warnings   what a person should look at
 */
public record LinePrice(String key, ProductId product, String sku, long quantity, List<Stage> stageOrder, List<PriceStep> steps,
                        Money cost, Optional<Money> floor, List<ComponentShare> components, List<PricingWarning> warnings) {

    /** Validates and copies. */
    public LinePrice {
        Checks.nonBlank(key, "key");
        stageOrder = List.copyOf(stageOrder);
        steps = List.copyOf(steps);
        Checks.argument(!steps.isEmpty() && steps.get(0).stage() == Stage.LIST, "a priced line starts with its list price");
        components = List.copyOf(components);
        warnings = List.copyOf(warnings);
    }

    /** The list amount (unit list price times quantity). */
    public Money list() {
        return steps.get(0).amount();
    }

    /** What the buyer pays for the line, before tax. */
    public Money net() {
        return steps.get(steps.size() - 1).amount();
    }

    /**
     * The line amount at the end of {@code stage}: after its last step, or, if nothing changed the price at that stage,
     * the amount at the stage applied before it.
     */
    public Money amountAt(Stage stage) {
        Checks.nonNull(stage, "stage");
        for (int i = steps.size() - 1; i >= 0; i--) {
            if (steps.get(i).stage() == stage) {
                return steps.get(i).amount();
            }
        }
        int at = stageOrder.indexOf(stage);
        return at <= 0 ? list() : amountAt(stageOrder.get(at - 1));
    }

    /** List minus net. */
    public Money discount() {
        return list().minus(net());
    }

    /** The discount as a percentage of list; zero when the list amount is zero. */
    public Percentage discountPercent() {
        return list().isZero() ? Percentage.ZERO : Percentage.ratio(discount().amount(), list().amount());
    }

    /** Net minus cost. */
    public Money margin() {
        return net().minus(cost);
    }

    /**
     * The margin as a percentage of net; empty when the net amount is zero or so small that the margin is beyond what a
     * {@link Percentage} holds (a million percent).
     */
    public Optional<Percentage> marginPercent() {
        return Margins.percent(margin(), net());
    }
}
