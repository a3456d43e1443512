package io.crmkit.scoring.forecast;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Funnel metrics of a pipeline's open stages.
 * <p>
 * For each stage: how many deals reached it, are still in it, moved on from it (to the next stage, or won from the
 * last open stage), or were lost in it. Its conversion is the share of the deals that left it that moved on,
 * advanced / (advanced + lost), so deals still open do not count as failures; drop-off is 1 - conversion. Time in
 * stage is the mean number of days from entering the stage to entering the next one (or closing), over the deals where
 * both days are known. The bottleneck is the stage with the lowest conversion (the longest time in stage breaks
 * ties).
 *
 * @param stages the stages, in pipeline order
 */
public record Funnel(List<Stage> stages) {

    /**
     * One stage of the funnel.
     *
     * @param name           the stage
     * @param reached        deals that reached it
     * @param open           deals still in it
     * @param advanced       deals that moved on from it
     * @param lost           deals lost in it
     * @param conversion     advanced / (advanced + lost); empty if no deal left it
     * @param meanDaysInStage mean days in the stage of the deals that left it with both days known; empty if none
     */
    public record Stage(String name, int reached, int open, int advanced, int lost, OptionalDouble conversion,
                        OptionalDouble meanDaysInStage) {

        /** lost / (advanced + lost); empty if no deal left the stage. */
        public OptionalDouble dropOff() {
            return conversion.isPresent() ? OptionalDouble.of(1 - conversion.getAsDouble()) : OptionalDouble.empty();
        }
    }

    public Funnel {
        stages = List.copyOf(stages);
    }

    /** The funnel of {@code deals} over the open stages {@code stageOrder}. */
    public static Funnel of(List<String> stageOrder, Collection<DealPath> deals) {
        Checks.nonNull(stageOrder, "stageOrder");
        Checks.nonNull(deals, "deals");
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < stageOrder.size(); i++) {
            index.put(stageOrder.get(i), i);
        }
        int n = stageOrder.size();
        int[] reached = new int[n];
        int[] open = new int[n];
        int[] advanced = new int[n];
        int[] lost = new int[n];
        double[] days = new double[n];
        int[] timed = new int[n];
        for (DealPath d : deals) {
            List<DealPath.Visit> visits = d.visits();
            for (int v = 0; v < visits.size(); v++) {
                Integer i = index.get(visits.get(v).stage());
                if (i == null) {
                    throw new IllegalArgumentException("deal " + d.id() + " visits stage '" + visits.get(v).stage()
                            + "' which is not one of " + stageOrder);
                }
                reached[i]++;
                boolean last = v == visits.size() - 1;
                Optional<LocalDate> left = last ? d.closedOn() : visits.get(v + 1).enteredOn();
                if (!last || d.outcome() == DealPath.Outcome.WON) {
                    advanced[i]++;
                } else if (d.outcome() == DealPath.Outcome.LOST) {
                    lost[i]++;
                } else {
                    open[i]++;
                }
                Optional<LocalDate> entered = visits.get(v).enteredOn();
                if (entered.isPresent() && left.isPresent() && (!last || d.outcome() != DealPath.Outcome.OPEN)) {
                    days[i] += ChronoUnit.DAYS.between(entered.get(), left.get());
                    timed[i]++;
                }
            }
        }
        List<Stage> stages = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int exits = advanced[i] + lost[i];
            stages.add(new Stage(stageOrder.get(i), reached[i], open[i], advanced[i], lost[i],
                    exits == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) advanced[i] / exits),
                    timed[i] == 0 ? OptionalDouble.empty() : OptionalDouble.of(days[i] / timed[i])));
        }
        return new Funnel(stages);
    }

    /** The stage with the lowest conversion, the longest time in stage breaking ties; empty if no deal left any stage. */
    public Optional<Stage> bottleneck() {
        return stages.stream().filter(s -> s.conversion().isPresent())
                .min(Comparator.comparingDouble((Stage s) -> s.conversion().getAsDouble())
                        .thenComparing(s -> -s.meanDaysInStage().orElse(0)));
    }
}
