package io.crmkit.scoring.opportunity;

import io.crmkit.core.opportunity.ForecastCategory;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Pipelines and closed deals for the win-probability tests. */
final class Deals {

    static final PipelineId DIRECT = new PipelineId(UUID.fromString("01900000-0000-7000-8000-0000000000d1"));
    static final PipelineId CHANNEL = new PipelineId(UUID.fromString("01900000-0000-7000-8000-0000000000c1"));
    static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    /** qualify (10%) -> proposal (40%) -> negotiation (70%) -> won | lost. */
    static final Pipeline DIRECT_SALES = Pipeline.builder(DIRECT, "Direct")
            .open("qualify", "Qualify", 0.10, ForecastCategory.PIPELINE)
            .open("proposal", "Proposal", 0.40, ForecastCategory.BEST_CASE)
            .open("negotiation", "Negotiation", 0.70, ForecastCategory.COMMIT)
            .won("won", "Won")
            .lost("lost", "Lost")
            .build();

    /** registered (50%) -> won | lost. */
    static final Pipeline CHANNEL_SALES = Pipeline.builder(CHANNEL, "Channel")
            .open("registered", "Registered", 0.50, ForecastCategory.PIPELINE)
            .won("won", "Won")
            .lost("lost", "Lost")
            .build();

    private static int next;

    private Deals() {
    }

    /** {@code won} won and {@code lost} lost deals of {@code product} in {@code segment} (either may be null) that reached {@code stage}. */
    static List<ClosedOpportunity> deals(PipelineId pipeline, String stage, String product, String segment, int won, int lost) {
        List<ClosedOpportunity> deals = new ArrayList<>();
        for (int i = 0; i < won + lost; i++) {
            String id = "d" + (next++);
            ClosedOpportunity d = i < won ? ClosedOpportunity.won(id, pipeline, stage, DAY) : ClosedOpportunity.lost(id, pipeline, stage, DAY);
            d = product == null ? d : d.withProduct(product);
            deals.add(segment == null ? d : d.withSegment(segment));
        }
        return deals;
    }

    @SafeVarargs
    static List<ClosedOpportunity> all(List<ClosedOpportunity>... parts) {
        List<ClosedOpportunity> all = new ArrayList<>();
        for (List<ClosedOpportunity> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static OpportunitySnapshot open(String stage, String product, String segment) {
        OpportunitySnapshot.Builder s = OpportunitySnapshot.builder(DIRECT, stage);
        if (product != null) {
            s.product(product);
        }
        if (segment != null) {
            s.segment(segment);
        }
        return s.build();
    }
}
