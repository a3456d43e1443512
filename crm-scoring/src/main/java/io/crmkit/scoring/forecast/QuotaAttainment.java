package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Quota attainment of one owner or team in a period.
 *
 * @param node       the owner or team
 * @param quota      the quota, positive
 * @param closed     revenue closed
 * @param attainment closed / quota
 * @param projected  most likely / quota: where the period is heading
 */
public record QuotaAttainment(String node, double quota, double closed, double attainment, double projected) {

    /** The attainment of every node that has a quota, in the quotas' order; a node without a forecast has closed nothing. */
    public static List<QuotaAttainment> of(Map<String, Double> quotas, Map<String, ForecastRollup> forecasts) {
        Checks.nonNull(quotas, "quotas");
        Checks.nonNull(forecasts, "forecasts");
        List<QuotaAttainment> result = new ArrayList<>();
        quotas.forEach((node, quota) -> {
            Checks.positive(quota, "quota of " + node);
            ForecastRollup f = forecasts.getOrDefault(node, ForecastRollup.ZERO);
            result.add(new QuotaAttainment(node, quota, f.closed(), f.closed() / quota, f.mostLikely() / quota));
        });
        return List.copyOf(result);
    }
}
