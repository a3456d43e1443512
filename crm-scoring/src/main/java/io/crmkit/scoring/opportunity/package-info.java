/**
 * Opportunity win probability, three ways, each a pure function of a {@link io.crmkit.scoring.opportunity.OpportunitySnapshot}
 * (what is known about an open deal):
 * <ul>
 *   <li>{@link io.crmkit.scoring.opportunity.StageDefaults}: the stage's default probability from the crm-core pipeline;</li>
 *   <li>{@link io.crmkit.scoring.opportunity.StageWinRates}: historical stage-to-win rates learned from
 *       {@link io.crmkit.scoring.opportunity.ClosedOpportunity closed deals} by pipeline, product and segment, smoothed,
 *       with a minimum-sample fallback and an explanation of the level used;</li>
 *   <li>{@link io.crmkit.scoring.opportunity.WinProbabilityModel}: a logistic regression on stage, days in stage, amount
 *       band, activity recency, product and segment.</li>
 * </ul>
 * {@link io.crmkit.scoring.opportunity.WinProbabilityEvaluation} compares them on a
 * {@link io.crmkit.scoring.opportunity.TimeOrderedSplit} (train on earlier closes, test on later ones), viewing each test
 * deal only as it was while still open ({@link io.crmkit.scoring.opportunity.SnapshotPolicy});
 * {@link io.crmkit.scoring.opportunity.SalesOpportunitiesData} reads the Maven Analytics CRM Sales Opportunities files.
 * <pre>{@code
 * SalesOpportunitiesData data = SalesOpportunitiesData.read(Path.of("sales_pipeline.csv"));
 * WinProbabilityModel model = WinProbabilityModel.train(data.pipeline(), data.closed());
 * Probability p = model.probability(data.snapshot(data.open().get(0)));
 * WinRate rate = StageWinRates.learn(data.pipeline(), data.closed()).winRate(data.snapshot(data.open().get(0)));
 * }</pre>
 */
package io.crmkit.scoring.opportunity;
