package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.scoring.internal.Checks;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * What is known about an open opportunity at one moment: the input of every win-probability engine
 * ({@link StageDefaults}, {@link StageWinRates}, {@link WinProbabilityModel}). Besides the pipeline and the open stage,
 * every value is optional and a missing value stays missing (it is never read as zero):
 * <ul>
 *   <li>{@code product}: what is being sold, as the host names it (a product name or id);</li>
 *   <li>{@code segment}: the host's segment of the customer (a sector, a region, a size band);</li>
 *   <li>{@code daysInStage}: whole days since the opportunity entered its stage;</li>
 *   <li>{@code amount}: the expected deal size in the host's currency, used only for amount bands;</li>
 *   <li>{@code daysSinceLastActivity}: whole days since the last call, meeting or email on the deal.</li>
 * </ul>
 * <pre>{@code
 * OpportunitySnapshot open = OpportunitySnapshot.builder(pipeline.id(), "engaging")
 *         .product("GTX Pro").segment("retail").daysInStage(12).amount(4821).build();
 * }</pre>
 */
public record OpportunitySnapshot(PipelineId pipeline, String stage, Optional<String> product, Optional<String> segment,
                                  OptionalInt daysInStage, OptionalDouble amount, OptionalInt daysSinceLastActivity) {

    /** Validates: no nulls, no blank names, no negative days or amounts. */
    public OpportunitySnapshot {
        Checks.nonNull(pipeline, "pipeline");
        Checks.nonBlank(stage, "stage");
        nonBlankIfPresent(product, "product");
        nonBlankIfPresent(segment, "segment");
        Checks.nonNull(daysInStage, "daysInStage").ifPresent(d -> Checks.atLeast(d, 0, "daysInStage"));
        Checks.nonNull(amount, "amount").ifPresent(a -> nonNegativeAmount(a, "amount"));
        Checks.nonNull(daysSinceLastActivity, "daysSinceLastActivity")
                .ifPresent(d -> Checks.atLeast(d, 0, "daysSinceLastActivity"));
    }

    /** A builder of a snapshot of an opportunity in {@code stage} of {@code pipeline}; every other value starts missing. */
    public static Builder builder(PipelineId pipeline, String stage) {
        return new Builder(pipeline, stage);
    }

    /**
     * The open crm-core {@code opportunity} as it is at {@code asOf}: days in stage from its stage history, the amount
     * from its amount (in its currency), the product if all its lines are of one product (its id), the
     * {@code segment} the host derives from its account, and the days since {@code lastActivityAt} if there was one.
     * Dates are taken in {@code zone}.
     *
     * @throws IllegalArgumentException if the opportunity is not open, or {@code asOf} is before it entered its stage
     *                                  or before {@code lastActivityAt}
     */
    public static OpportunitySnapshot of(Opportunity opportunity, Instant asOf, ZoneId zone, Optional<String> segment,
                                         Optional<Instant> lastActivityAt) {
        Checks.nonNull(opportunity, "opportunity");
        Checks.nonNull(asOf, "asOf");
        Checks.nonNull(zone, "zone");
        Checks.nonNull(lastActivityAt, "lastActivityAt");
        Checks.argument(opportunity.status() == OpportunityStatus.OPEN, "opportunity " + opportunity.id() + " is "
                + opportunity.status() + ": only an open opportunity has a win probability to estimate");
        Instant entered = opportunity.history().get(opportunity.history().size() - 1).at();
        Checks.argument(!asOf.isBefore(entered), "asOf " + asOf + " is before opportunity " + opportunity.id()
                + " entered its stage '" + opportunity.stage() + "' at " + entered);
        Builder builder = builder(opportunity.pipeline(), opportunity.stage())
                .daysInStage(days(entered, asOf, zone));
        singleProduct(opportunity).ifPresent(builder::product);
        nonBlankIfPresent(segment, "segment").ifPresent(builder::segment);
        opportunity.amount().ifPresent(a -> builder.amount(a.amount().doubleValue()));
        if (lastActivityAt.isPresent()) {
            Checks.argument(!asOf.isBefore(lastActivityAt.get()), "asOf " + asOf + " is before the last activity at "
                    + lastActivityAt.get() + " of opportunity " + opportunity.id());
            builder.daysSinceLastActivity(days(lastActivityAt.get(), asOf, zone));
        }
        return builder.build();
    }

    /** {@code value}, checked to be non-null and, if present, not blank. */
    static Optional<String> nonBlankIfPresent(Optional<String> value, String field) {
        Checks.nonNull(value, field).ifPresent(v -> Checks.nonBlank(v, field));
        return value;
    }

    /** {@code value}, checked to be a finite number {@code >= 0}. */
    static double nonNegativeAmount(double value, String field) {
        Checks.argument(value >= 0 && Double.isFinite(value), field + " must be a finite number >= 0 but was " + value);
        return value;
    }

    /** The one product of an opportunity's lines, by id, if every line is of the same product. */
    static Optional<String> singleProduct(Opportunity opportunity) {
        var products = opportunity.lines().stream().map(ProductLine::product).distinct().toList();
        return products.size() == 1 ? Optional.of(products.get(0).toString()) : Optional.empty();
    }

    /** Whole calendar days in {@code zone} from {@code from} to {@code to}. */
    static int days(Instant from, Instant to, ZoneId zone) {
        return Math.toIntExact(ChronoUnit.DAYS.between(LocalDate.ofInstant(from, zone), LocalDate.ofInstant(to, zone)));
    }

    /** Builds an {@link OpportunitySnapshot}; leave a value unset for missing. */
    public static final class Builder {
        private final PipelineId pipeline;
        private final String stage;
        private Optional<String> product = Optional.empty();
        private Optional<String> segment = Optional.empty();
        private OptionalInt daysInStage = OptionalInt.empty();
        private OptionalDouble amount = OptionalDouble.empty();
        private OptionalInt daysSinceLastActivity = OptionalInt.empty();

        private Builder(PipelineId pipeline, String stage) {
            this.pipeline = Checks.nonNull(pipeline, "pipeline");
            this.stage = Checks.nonBlank(stage, "stage");
        }

        public Builder product(String product) {
            this.product = Optional.of(Checks.nonBlank(product, "product"));
            return this;
        }

        public Builder segment(String segment) {
            this.segment = Optional.of(Checks.nonBlank(segment, "segment"));
            return this;
        }

        /** Whole days in the current stage, {@code >= 0}. */
        public Builder daysInStage(int days) {
            this.daysInStage = OptionalInt.of(Checks.atLeast(days, 0, "daysInStage"));
            return this;
        }

        /** The expected amount, a finite number {@code >= 0}. */
        public Builder amount(double amount) {
            this.amount = OptionalDouble.of(nonNegativeAmount(amount, "amount"));
            return this;
        }

        /** Whole days since the last activity, {@code >= 0}. */
        public Builder daysSinceLastActivity(int days) {
            this.daysSinceLastActivity = OptionalInt.of(Checks.atLeast(days, 0, "daysSinceLastActivity"));
            return this;
        }

        public OpportunitySnapshot build() {
            return new OpportunitySnapshot(pipeline, stage, product, segment, daysInStage, amount, daysSinceLastActivity);
        }
    }
}
