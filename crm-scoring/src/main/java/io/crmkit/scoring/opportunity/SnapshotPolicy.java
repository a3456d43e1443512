package io.crmkit.scoring.opportunity;

import io.crmkit.scoring.internal.Checks;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Which views of a closed deal a model learns from (and is evaluated on). The question is what was known while the
 * deal was open:
 * <ul>
 *   <li>{@link #atLandmarks(int...)} (the default, days 0, 7, 14, 30, 60, 90 and 120): the deal as it was after that
 *       many days in its last stage, for each landmark it was still open at. Days in stage is then a fair input: a
 *       deal still open after 60 days is a different bet from one just engaged, and both are known at the time.</li>
 *   <li>{@link #atStageEntry()}: the deal as it entered its last stage (0 days in stage): the most conservative view.</li>
 *   <li>{@link #atClose()}: the whole stay in the stage as "days in stage". That is known only at close, and lost
 *       deals tend to close faster than won ones, so it leaks the outcome, like the call duration in bank marketing.
 *       It exists to measure the leak, never to score open deals.</li>
 * </ul>
 * A deal whose stage entry date is unknown gives one view with days in stage missing, whatever the policy.
 *
 * @param kind         which views
 * @param landmarkDays for {@link Kind#AT_LANDMARKS}, the days in stage, ascending; empty otherwise
 */
public record SnapshotPolicy(Kind kind, List<Integer> landmarkDays) {

    /** The landmarks of {@link #ofDefaults()}. */
    private static final List<Integer> DEFAULT_LANDMARKS = List.of(0, 7, 14, 30, 60, 90, 120);

    /** Which views of a closed deal. */
    public enum Kind {
        /** At 0 days in its last stage. */
        AT_STAGE_ENTRY,
        /** At each landmark day it was still open at. */
        AT_LANDMARKS,
        /** With its whole stay in the stage: leaks the outcome. */
        AT_CLOSE
    }

    /** Validates: landmarks only for {@link Kind#AT_LANDMARKS}, at least one, distinct, ascending, {@code >= 0}. */
    public SnapshotPolicy {
        Checks.nonNull(kind, "kind");
        landmarkDays = List.copyOf(Checks.nonNull(landmarkDays, "landmarkDays"));
        Checks.argument(kind == Kind.AT_LANDMARKS || landmarkDays.isEmpty(), kind + " takes no landmark days but had " + landmarkDays);
        Checks.argument(kind != Kind.AT_LANDMARKS || !landmarkDays.isEmpty(), "AT_LANDMARKS needs at least one landmark day");
        for (int i = 0; i < landmarkDays.size(); i++) {
            Checks.argument(landmarkDays.get(i) >= 0 && (i == 0 || landmarkDays.get(i) > landmarkDays.get(i - 1)),
                    "landmark days must be ascending, distinct and >= 0 but were " + landmarkDays);
        }
    }

    /** Landmarks at 0, 7, 14, 30, 60, 90 and 120 days in stage. */
    public static SnapshotPolicy ofDefaults() {
        return new SnapshotPolicy(Kind.AT_LANDMARKS, DEFAULT_LANDMARKS);
    }

    /** The deal at each of {@code days} days in its last stage at which it was still open. */
    public static SnapshotPolicy atLandmarks(int... days) {
        return new SnapshotPolicy(Kind.AT_LANDMARKS, java.util.Arrays.stream(Checks.nonNull(days, "days")).boxed().toList());
    }

    /** The deal as it entered its last stage. */
    public static SnapshotPolicy atStageEntry() {
        return new SnapshotPolicy(Kind.AT_STAGE_ENTRY, List.of());
    }

    /** The deal with its whole stay in its last stage as days in stage: leaks the outcome; for comparison only. */
    public static SnapshotPolicy atClose() {
        return new SnapshotPolicy(Kind.AT_CLOSE, List.of());
    }

    /** True for {@link #atClose()}: its views use what was known only once the deal closed. */
    public boolean leaksOutcome() {
        return kind == Kind.AT_CLOSE;
    }

    /** The views of {@code deal} this policy takes, in time order; at least one. */
    public List<OpportunitySnapshot> snapshots(ClosedOpportunity deal) {
        Checks.nonNull(deal, "deal");
        return switch (kind) {
            case AT_STAGE_ENTRY -> List.of(deal.atStageEntry());
            case AT_LANDMARKS -> deal.atLandmarks(landmarkDays);
            case AT_CLOSE -> List.of(deal.atClose());
        };
    }

    /** {@code "at stage entry"}, {@code "during the deal (0, 7, 14, 30, 60, 90, 120 days in stage)"}, {@code "at close (leaks)"}. */
    public String describe() {
        return switch (kind) {
            case AT_STAGE_ENTRY -> "at stage entry";
            case AT_LANDMARKS -> "during the deal (" + landmarkDays.stream().map(String::valueOf).collect(Collectors.joining(", "))
                    + " days in stage)";
            case AT_CLOSE -> "at close (days in stage known only at close: leaks)";
        };
    }
}
