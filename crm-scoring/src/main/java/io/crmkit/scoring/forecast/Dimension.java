package io.crmkit.scoring.forecast;

import io.crmkit.scoring.opportunity.SalesOpportunitiesData.Deal;

import java.util.function.Function;

/** A way to group the deals of the CRM Sales Opportunities data. */
public enum Dimension {
    AGENT("sales agent", Deal::salesAgent),
    MANAGER("manager", Deal::manager),
    OFFICE("regional office", Deal::regionalOffice),
    PRODUCT("product", Deal::product),
    /** The account's sector; deals without an account (open ones) are grouped under {@link #NO_SECTOR}. */
    SECTOR("sector", d -> d.sector().orElse(Dimension.NO_SECTOR));

    /** The group of deals with no account, hence no sector. */
    public static final String NO_SECTOR = "(no account)";

    private final String label;
    private final Function<Deal, String> key;

    Dimension(String label, Function<Deal, String> key) {
        this.label = label;
        this.key = key;
    }

    /** The dimension's name for people. */
    public String label() {
        return label;
    }

    /** The group of {@code deal}. */
    public String of(Deal deal) {
        return key.apply(deal);
    }
}
