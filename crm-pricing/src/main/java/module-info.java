/**
 * Catalogue, price books, price rules, discount schedules, the pricing waterfall, quotes and approvals.
 * Its engines arrive with their own issues; today the module only fixes its name and its dependencies.
 */
module io.crmkit.pricing {
    requires transitive io.crmkit.core;
}
