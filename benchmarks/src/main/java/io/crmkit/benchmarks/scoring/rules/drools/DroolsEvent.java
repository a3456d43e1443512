package io.crmkit.benchmarks.scoring.rules.drools;

/**
 * One engagement event of a lead as a Drools fact: its type, when it happened, and its position in the lead's
 * history (0 is the newest), which the capped rules use to count only the newest events in their window.
 */
public final class DroolsEvent {

    private final DroolsLead lead;
    private final int position;
    private final String type;
    private final long epochSeconds;

    public DroolsEvent(DroolsLead lead, int position, String type, long epochSeconds) {
        this.lead = lead;
        this.position = position;
        this.type = type;
        this.epochSeconds = epochSeconds;
    }

    public DroolsLead getLead() {
        return lead;
    }

    public int getPosition() {
        return position;
    }

    public String getType() {
        return type;
    }

    public long getEpochSeconds() {
        return epochSeconds;
    }
}
