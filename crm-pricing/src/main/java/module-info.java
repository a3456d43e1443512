/**
 * Catalogue, price books, price rules, discount schedules, the pricing waterfall, quotes and their approvals.
 */
module io.crmkit.pricing {
    requires transitive io.crmkit.core;
    requires com.fasterxml.jackson.databind;

    exports io.crmkit.pricing.catalog;
    exports io.crmkit.pricing.pricebook;
    exports io.crmkit.pricing.discount;
    exports io.crmkit.pricing.rule;
    exports io.crmkit.pricing.waterfall;
    exports io.crmkit.pricing.quote;
    exports io.crmkit.pricing.quote.port;
    exports io.crmkit.pricing.port;
    exports io.crmkit.pricing.json;
}
