package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.scoring.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A historical opportunity that closed won or lost: what the win-probability engines learn from, whether it comes
 * from a host's database (see {@link #of(Opportunity, ZoneId, Optional, Collection)}) or from a data set
 * ({@link SalesOpportunitiesData}).
 * <ul>
 *   <li>{@code stageReached}: the last open stage it was in before it closed; it reached every open stage of its
 *       pipeline up to that one (the usual stage-to-win counting, as in Odoo and Salesforce).</li>
 *   <li>{@code stageEnteredOn}: when it entered that stage, if known; with {@code closedOn} it gives the days spent
 *       there, which are known only once it closed.</li>
 *   <li>{@code product}, {@code segment}, {@code amount}: as in {@link OpportunitySnapshot}; the amount must be one
 *       that was known while the deal was open (an expected amount or a list price, not the value it closed at).</li>
 *   <li>{@code activityDates}: the days on which activities were logged, sorted; empty if the host does not track them.</li>
 * </ul>
 * The snapshots ({@link #atStageEntry()}, {@link #openOn(LocalDate)}, {@link #atClose()}) show the deal as a model
 * would have seen it while it was open; {@link SnapshotPolicy} picks which of them a model trains on.
 */
public record ClosedOpportunity(String id, PipelineId pipeline, String stageReached, Optional<String> product,
                                Optional<String> segment, OptionalDouble amount, Optional<LocalDate> stageEnteredOn,
                                LocalDate closedOn, boolean won, List<LocalDate> activityDates) {

    /** Validates: no nulls or blank names; it entered its stage on or before it closed; activity dates are sorted. */
    public ClosedOpportunity {
        Checks.nonBlank(id, "id");
        Checks.nonNull(pipeline, "pipeline");
        Checks.nonBlank(stageReached, "stageReached");
        OpportunitySnapshot.nonBlankIfPresent(product, "product");
        OpportunitySnapshot.nonBlankIfPresent(segment, "segment");
        Checks.nonNull(amount, "amount").ifPresent(a -> OpportunitySnapshot.nonNegativeAmount(a, "amount of opportunity " + id));
        Checks.nonNull(stageEnteredOn, "stageEnteredOn");
        Checks.nonNull(closedOn, "closedOn");
        stageEnteredOn.ifPresent(entered -> Checks.argument(!entered.isAfter(closedOn), "opportunity " + id
                + " entered stage '" + stageReached + "' on " + entered + ", after it closed on " + closedOn));
        activityDates = List.copyOf(Checks.nonNull(activityDates, "activityDates"));
        for (int i = 1; i < activityDates.size(); i++) {
            Checks.argument(!activityDates.get(i).isBefore(activityDates.get(i - 1)), "activity dates of opportunity "
                    + id + " must be sorted but " + activityDates.get(i) + " follows " + activityDates.get(i - 1));
        }
    }

    /** A deal won on {@code closedOn} from {@code stageReached}; product, segment, amount, dates and activities unknown. */
    public static ClosedOpportunity won(String id, PipelineId pipeline, String stageReached, LocalDate closedOn) {
        return new ClosedOpportunity(id, pipeline, stageReached, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), closedOn, true, List.of());
    }

    /** A deal lost on {@code closedOn} in {@code stageReached}; product, segment, amount, dates and activities unknown. */
    public static ClosedOpportunity lost(String id, PipelineId pipeline, String stageReached, LocalDate closedOn) {
        return new ClosedOpportunity(id, pipeline, stageReached, Optional.empty(), Optional.empty(), OptionalDouble.empty(),
                Optional.empty(), closedOn, false, List.of());
    }

    /**
     * The closed crm-core {@code opportunity}: the stage it closed from, when it last entered that stage, when it
     * closed and whether it was won (dates in {@code zone}), its amount, its product if all its lines are of one
     * product (by id), the host's {@code segment} of its account and the times of its logged activities.
     *
     * @throws IllegalArgumentException if it is still open
     */
    public static ClosedOpportunity of(Opportunity opportunity, ZoneId zone, Optional<String> segment,
                                       Collection<Instant> activityTimes) {
        Checks.nonNull(opportunity, "opportunity");
        Checks.nonNull(zone, "zone");
        Checks.nonNull(activityTimes, "activityTimes");
        Checks.argument(opportunity.status() != OpportunityStatus.OPEN, "opportunity " + opportunity.id()
                + " is still open: only closed opportunities are history to learn from");
        List<StageChange> history = opportunity.history();
        StageChange closing = history.get(history.size() - 1);
        String reached = closing.from().orElseThrow(() -> new IllegalArgumentException("opportunity " + opportunity.id()
                + " has no stage before its closing stage '" + closing.to() + "'"));
        Optional<LocalDate> entered = Optional.empty();
        for (int i = history.size() - 2; i >= 0; i--) {
            if (history.get(i).to().equals(reached)) {
                entered = Optional.of(LocalDate.ofInstant(history.get(i).at(), zone));
                break;
            }
        }
        LocalDate closedOn = LocalDate.ofInstant(opportunity.closing().orElseThrow().at(), zone);
        List<LocalDate> activities = activityTimes.stream().map(t -> LocalDate.ofInstant(Checks.nonNull(t, "an activity time"), zone))
                .sorted().toList();
        return new ClosedOpportunity(opportunity.id().toString(), opportunity.pipeline(), reached,
                OpportunitySnapshot.singleProduct(opportunity), OpportunitySnapshot.nonBlankIfPresent(segment, "segment"),
                opportunity.amount().map(a -> OptionalDouble.of(a.amount().doubleValue())).orElse(OptionalDouble.empty()),
                entered, closedOn, opportunity.status() == OpportunityStatus.WON, activities);
    }

    public ClosedOpportunity withProduct(String value) {
        return new ClosedOpportunity(id, pipeline, stageReached, Optional.of(Checks.nonBlank(value, "product")), segment, amount,
                stageEnteredOn, closedOn, won, activityDates);
    }

    public ClosedOpportunity withSegment(String value) {
        return new ClosedOpportunity(id, pipeline, stageReached, product, Optional.of(Checks.nonBlank(value, "segment")), amount,
                stageEnteredOn, closedOn, won, activityDates);
    }

    public ClosedOpportunity withAmount(double value) {
        return new ClosedOpportunity(id, pipeline, stageReached, product, segment, OptionalDouble.of(value),
                stageEnteredOn, closedOn, won, activityDates);
    }

    /** The same deal, having entered its last open stage on {@code date}. */
    public ClosedOpportunity enteredStageOn(LocalDate date) {
        return new ClosedOpportunity(id, pipeline, stageReached, product, segment, amount,
                Optional.of(Checks.nonNull(date, "date")), closedOn, won, activityDates);
    }

    /** The same deal with activities logged on {@code dates} (in any order). */
    public ClosedOpportunity withActivities(Collection<LocalDate> dates) {
        return new ClosedOpportunity(id, pipeline, stageReached, product, segment, amount, stageEnteredOn, closedOn, won,
                Checks.nonNull(dates, "dates").stream().map(d -> Checks.nonNull(d, "an activity date")).sorted().toList());
    }

    /**
     * Whole days from entering its last open stage to closing (for a data set with one open stage before closing,
     * the sales cycle); empty if the entry date is unknown. Known only once the deal closed: a model that reads it
     * as "days in stage" learns from the outcome (see {@link SnapshotPolicy#atClose()}).
     */
    public OptionalInt daysInStageAtClose() {
        return stageEnteredOn.map(e -> OptionalInt.of(Math.toIntExact(ChronoUnit.DAYS.between(e, closedOn))))
                .orElse(OptionalInt.empty());
    }

    /** The deal as it was when it entered its last open stage: 0 days in stage (missing if the date is unknown). */
    public OpportunitySnapshot atStageEntry() {
        return stageEnteredOn.map(this::snapshotOn).orElseGet(() -> snapshot(OptionalInt.empty(), OptionalInt.empty()));
    }

    /**
     * The deal as it was on {@code date}, if it was then open in its last stage: entered on or before {@code date}
     * and closed after it (on the day it entered, it counts as open even if it closed that day). Empty if it was not
     * open then or the entry date is unknown.
     */
    public Optional<OpportunitySnapshot> openOn(LocalDate date) {
        Checks.nonNull(date, "date");
        if (stageEnteredOn.isEmpty() || date.isBefore(stageEnteredOn.get())
                || !date.isBefore(closedOn) && !date.equals(stageEnteredOn.get())) {
            return Optional.empty();
        }
        return Optional.of(snapshotOn(date));
    }

    /**
     * The deal with its whole stay in its last stage as "days in stage", and the activity recency at close. This is
     * not a view any model could have had while the deal was open: use it only to show how much such a leak flatters
     * a model.
     */
    public OpportunitySnapshot atClose() {
        return snapshot(daysInStageAtClose(), recencyOn(closedOn));
    }

    private OpportunitySnapshot snapshotOn(LocalDate date) {
        return snapshot(OptionalInt.of(Math.toIntExact(ChronoUnit.DAYS.between(stageEnteredOn.orElseThrow(), date))),
                recencyOn(date));
    }

    private OpportunitySnapshot snapshot(OptionalInt daysInStage, OptionalInt daysSinceLastActivity) {
        return new OpportunitySnapshot(pipeline, stageReached, product, segment, daysInStage, amount, daysSinceLastActivity);
    }

    /** Days from the last activity on or before {@code date} to {@code date}; empty if there was none. */
    private OptionalInt recencyOn(LocalDate date) {
        LocalDate last = null;
        for (LocalDate activity : activityDates) {
            if (activity.isAfter(date)) {
                break;
            }
            last = activity;
        }
        return last == null ? OptionalInt.empty() : OptionalInt.of(Math.toIntExact(ChronoUnit.DAYS.between(last, date)));
    }

    /** The snapshots of this deal at {@code landmarkDays} days in its last stage, for each day it was still open then. */
    List<OpportunitySnapshot> atLandmarks(List<Integer> landmarkDays) {
        if (stageEnteredOn.isEmpty()) {
            return List.of(atStageEntry());
        }
        List<OpportunitySnapshot> snapshots = new ArrayList<>();
        for (int day : landmarkDays) {
            openOn(stageEnteredOn.get().plusDays(day)).ifPresent(snapshots::add);
        }
        return snapshots;
    }
}
