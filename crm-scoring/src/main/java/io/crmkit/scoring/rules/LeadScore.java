package io.crmkit.scoring.rules;

/**
 * A lead's score in both dimensions and combined, with grades. Points are kept in hundredths
 * ({@code centipoints}) so sums are exact; {@link #fit()}, {@link #engagement()} and {@link #total()} give points.
 */
public record LeadScore(long fitCentipoints, long engagementCentipoints, long totalCentipoints, String fitGrade,
                        String engagementGrade, String totalGrade, boolean marketingQualified) {

    /** The fit score in points. */
    public double fit() {
        return fitCentipoints / 100.0;
    }

    /** The engagement score in points. */
    public double engagement() {
        return engagementCentipoints / 100.0;
    }

    /** The combined score in points. */
    public double total() {
        return totalCentipoints / 100.0;
    }
}
