/**
 * Lead scoring (rule-based and predictive), opportunity win probability, forecasting and customer-base analytics.
 * Its engines arrive with their own issues; today the module only fixes its name and its dependencies.
 */
module io.crmkit.scoring {
    requires transitive io.crmkit.core;
}
