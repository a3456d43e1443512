package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.internal.Checks;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Closed deals split by time for an honest evaluation: sorted by close date (then id, so the split is repeatable),
 * the earliest ones to train on and the latest to test on, so a model is judged on a period it has not seen, as it
 * will be used. Every training close date is on or before every test close date (deals closed on the boundary day
 * may fall on either side).
 *
 * @param training the earliest closes ({@link #of} keeps them in close order)
 * @param test     the latest closes ({@link #of} keeps them in close order)
 */
public record TimeOrderedSplit(List<ClosedOpportunity> training, List<ClosedOpportunity> test) {

    private static final Comparator<ClosedOpportunity> CLOSE_ORDER =
            Comparator.comparing(ClosedOpportunity::closedOn).thenComparing(ClosedOpportunity::id);

    /** Validates: both sides non-empty and no training deal closed after a test deal. */
    public TimeOrderedSplit {
        training = List.copyOf(Checks.nonNull(training, "training"));
        test = List.copyOf(Checks.nonNull(test, "test"));
        Checks.argument(!training.isEmpty() && !test.isEmpty(), "a split needs training and test deals but had "
                + training.size() + " and " + test.size());
        LocalDate lastTraining = training.stream().map(ClosedOpportunity::closedOn).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate firstTest = test.stream().map(ClosedOpportunity::closedOn).min(Comparator.naturalOrder()).orElseThrow();
        Checks.argument(!lastTraining.isAfter(firstTest), "a training deal closed on " + lastTraining
                + ", after the first test deal closed on " + firstTest);
    }

    /**
     * The earliest {@code trainingShare} of {@code closed} (rounded down, at least one deal) to train on and the rest
     * to test on.
     *
     * @throws IllegalArgumentException if the share is not in (0, 1) or there are fewer than two deals
     */
    public static TimeOrderedSplit of(Collection<ClosedOpportunity> closed, double trainingShare) {
        Checks.nonNull(closed, "closed");
        Checks.argument(trainingShare > 0 && trainingShare < 1, "trainingShare must be in (0, 1) but was " + trainingShare);
        Checks.argument(closed.size() >= 2, "a split needs at least 2 closed deals but had " + closed.size());
        List<ClosedOpportunity> sorted = closed.stream().map(d -> Checks.nonNull(d, "a closed opportunity"))
                .sorted(CLOSE_ORDER).toList();
        int cut = Math.min(sorted.size() - 1, Math.max(1, (int) Math.floor(sorted.size() * trainingShare)));
        return new TimeOrderedSplit(sorted.subList(0, cut), sorted.subList(cut, sorted.size()));
    }

    /** The close date of the last training deal. */
    public LocalDate lastTrainingClose() {
        return training.stream().map(ClosedOpportunity::closedOn).max(Comparator.naturalOrder()).orElseThrow();
    }

    /** The close date of the first training deal. */
    public LocalDate firstTrainingClose() {
        return training.stream().map(ClosedOpportunity::closedOn).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The close date of the first test deal. */
    public LocalDate firstTestClose() {
        return test.stream().map(ClosedOpportunity::closedOn).min(Comparator.naturalOrder()).orElseThrow();
    }

    /** The close date of the last test deal. */
    public LocalDate lastTestClose() {
        return test.stream().map(ClosedOpportunity::closedOn).max(Comparator.naturalOrder()).orElseThrow();
    }
}
