/**
 * Lead scoring (rule-based and predictive), opportunity win probability, forecasting and customer-base analytics.
 */
module io.crmkit.scoring {
    requires transitive io.crmkit.core;
    requires com.github.benmanes.caffeine;
    requires org.slf4j;
    requires org.objectweb.asm;
    requires com.fasterxml.jackson.databind;
    requires commons.math3;

    exports io.crmkit.scoring.rules;
    exports io.crmkit.scoring.json;
    exports io.crmkit.scoring.predictive;
    exports io.crmkit.scoring.predictive.odoo;
    exports io.crmkit.scoring.opportunity;
    exports io.crmkit.scoring.customerbase;
    exports io.crmkit.scoring.forecast;
}
