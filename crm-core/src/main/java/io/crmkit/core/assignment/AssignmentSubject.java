package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.SizeBand;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What assignment rules look at: where the lead is, its industry and company size, the channel it came through,
 * the products it is interested in, and its score and grade if it was scored. Text is compared case-insensitively.
 */
public record AssignmentSubject(Optional<String> region, Optional<String> industry, Optional<SizeBand> size,
                                SourceChannel channel, Set<String> productInterests, OptionalDouble score,
                                Optional<String> grade) {

    /** Validates and normalises text to lower case. */
    public AssignmentSubject {
        region = Require.nonNull(region, "region").map(AssignmentSubject::normal);
        industry = Require.nonNull(industry, "industry").map(AssignmentSubject::normal);
        Require.nonNull(size, "size");
        Require.nonNull(channel, "channel");
        productInterests = Require.nonNull(productInterests, "productInterests").stream().map(AssignmentSubject::normal)
                .collect(Collectors.toUnmodifiableSet());
        Require.nonNull(score, "score");
        score.ifPresent(s -> Require.argument(Double.isFinite(s), "score must be a finite number but was " + s));
        grade = Require.nonNull(grade, "grade").map(AssignmentSubject::normal);
    }

    /** The subject of {@code lead}: region, industry and size from its company profile, its tags as product interests. */
    public static AssignmentSubject of(Lead lead) {
        Require.nonNull(lead, "lead");
        return new AssignmentSubject(lead.companyProfile().region(), lead.companyProfile().industry(),
                lead.companyProfile().sizeBand(), lead.source(), lead.tags().values(), OptionalDouble.empty(), Optional.empty());
    }

    /** This subject with a score and its grade. */
    public AssignmentSubject scored(double score, String grade) {
        return new AssignmentSubject(region, industry, size, channel, productInterests, OptionalDouble.of(score),
                Optional.of(grade));
    }

    static String normal(String text) {
        return Require.nonBlank(text, "text").strip().toLowerCase(Locale.ROOT);
    }
}
