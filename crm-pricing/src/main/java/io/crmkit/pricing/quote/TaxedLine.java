package io.crmkit.pricing.quote;

import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Percentage;
import io.crmkit.pricing.waterfall.LinePrice;

/**
 * A priced line with its group and tax.
 *
 * @param group   the line's group
 * @param price   the waterfall
 * @param taxRate the rate applied to the net amount
 * @param tax     the tax, rounded half up to the currency's scale
 */
public record TaxedLine(String group, LinePrice price, Percentage taxRate, Money tax) {

    /** Net plus tax. */
    public Money gross() {
        return price.net().plus(tax);
    }
}
