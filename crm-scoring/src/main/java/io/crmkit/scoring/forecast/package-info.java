/**
 * Sales forecasting: deal statistics by agent, manager, office, product and sector; the weighted pipeline by month and
 * quarter; forecast-category rollups per owner and up the team hierarchy with manager adjustments; quota attainment;
 * funnel conversion, time in stage, sales velocity and the bottleneck stage; a seeded, parallel Monte Carlo simulation
 * of open deals; and time-series forecasts of won revenue chosen by rolling-origin backtest.
 * {@link io.crmkit.scoring.forecast.SalesPipelineForecasts} adapts the CRM Sales Opportunities data set to these engines.
 */
package io.crmkit.scoring.forecast;
