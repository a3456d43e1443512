package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Forecasts rolled up a team hierarchy (rep, manager, office, ...): each node's forecast is its own deals' rollup plus
 * its reports' forecasts plus its own adjustments, so an adjustment counts at its node and at every level above it.
 */
public final class TeamForecast {

    private final Map<String, String> parentOf;

    private TeamForecast(Map<String, String> parentOf) {
        this.parentOf = parentOf;
    }

    /**
     * A hierarchy from each node to the node it reports to.
     *
     * @throws IllegalArgumentException if a node reports to itself, directly or through others
     */
    public static TeamForecast of(Map<String, String> parentOf) {
        Checks.nonNull(parentOf, "parentOf");
        Map<String, String> copy = Map.copyOf(parentOf);
        for (String node : copy.keySet()) {
            Set<String> seen = new HashSet<>();
            for (String n = node; n != null; n = copy.get(n)) {
                if (!seen.add(n)) {
                    throw new IllegalArgumentException("the team hierarchy has a cycle through '" + n + "'");
                }
            }
        }
        return new TeamForecast(copy);
    }

    /** The node {@code node} reports to, if any. */
    public Optional<String> parent(String node) {
        return Optional.ofNullable(parentOf.get(node));
    }

    /** Every node's forecast: the owners' rollups, adjusted, added up the hierarchy. Nodes are in name order. */
    public Map<String, ForecastRollup> rollUp(Map<String, ForecastRollup> byOwner, Collection<ForecastAdjustment> adjustments) {
        Checks.nonNull(byOwner, "byOwner");
        Checks.nonNull(adjustments, "adjustments");
        Map<String, ForecastRollup> own = new HashMap<>(byOwner);
        for (ForecastAdjustment a : adjustments) {
            own.put(a.node(), own.getOrDefault(a.node(), ForecastRollup.ZERO).adjusted(a));
        }
        Set<String> nodes = new HashSet<>(own.keySet());
        for (String n : new ArrayList<>(nodes)) {
            for (String p = parentOf.get(n); p != null; p = parentOf.get(p)) {
                nodes.add(p);
            }
        }
        List<String> deepestFirst = new ArrayList<>(nodes);
        deepestFirst.sort(Comparator.comparingInt(this::depth).reversed().thenComparing(Comparator.naturalOrder()));
        Map<String, ForecastRollup> total = new HashMap<>();
        for (String n : deepestFirst) {
            ForecastRollup sum = total.getOrDefault(n, ForecastRollup.ZERO).plus(own.getOrDefault(n, ForecastRollup.ZERO));
            total.put(n, sum);
            String p = parentOf.get(n);
            if (p != null) {
                total.merge(p, sum, ForecastRollup::plus);
            }
        }
        return new TreeMap<>(total);
    }

    private int depth(String node) {
        int d = 0;
        for (String p = parentOf.get(node); p != null; p = parentOf.get(p)) {
            d++;
        }
        return d;
    }
}
