package io.crmkit.scoring.rules;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A behaviour rule: {@code points} for each event of {@code eventType} (e.g. {@code page_view}, {@code form_submit},
 * {@code email_click}, {@code unsubscribed}), counting only events within {@code window} of the scoring instant,
 * at most {@code frequencyCap} of them (the most recent), each decayed by its age. Rules of the same {@code group}
 * share a group cap. Counts in the {@link Dimension#ENGAGEMENT engagement} dimension.
 * <pre>{@code
 * EngagementRule demo = EngagementRule.on("demo-request", "form_submit", 30, "Requested a demo")
 *     .within(Duration.ofDays(90)).atMost(2).decaying(Decay.halfLife(Duration.ofDays(30))).inGroup("forms");
 * }</pre>
 */
public record EngagementRule(String id, String eventType, int points, String reason, Optional<Duration> window,
                             Optional<Integer> frequencyCap, Optional<Decay> decay, Optional<String> group) {

    /** Validates: window at least a second, frequency cap at least 1. */
    public EngagementRule {
        id = Text.name(id, "rule id");
        eventType = Text.name(eventType, "event type of rule " + id);
        Rules.requirePoints(points, id);
        reason = Rules.reason(reason, id);
        String rule = id;
        Objects.requireNonNull(window, "window");
        window.ifPresent(w -> {
            if (w.toSeconds() < 1) {
                throw new IllegalArgumentException("window of rule " + rule + " must be at least one second but was " + w);
            }
        });
        Objects.requireNonNull(frequencyCap, "frequencyCap");
        frequencyCap.ifPresent(c -> {
            if (c < 1) {
                throw new IllegalArgumentException("frequency cap of rule " + rule + " must be at least 1 but was " + c);
            }
        });
        Objects.requireNonNull(decay, "decay");
        group = Objects.requireNonNull(group, "group").map(g -> Text.name(g, "group of rule " + rule));
    }

    /** {@code points} per {@code eventType} event, no window, cap, decay or group yet. */
    public static EngagementRule on(String id, String eventType, int points, String reason) {
        return new EngagementRule(id, eventType, points, reason, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Only events within {@code duration} before the scoring instant count. */
    public EngagementRule within(Duration duration) {
        return new EngagementRule(id, eventType, points, reason, Optional.of(duration), frequencyCap, decay, group);
    }

    /** At most {@code events} events (the most recent) count. */
    public EngagementRule atMost(int events) {
        return new EngagementRule(id, eventType, points, reason, window, Optional.of(events), decay, group);
    }

    /** Each event's points decay with its age. */
    public EngagementRule decaying(Decay value) {
        return new EngagementRule(id, eventType, points, reason, window, frequencyCap, Optional.of(value), group);
    }

    /** The rule belongs to {@code name}, whose cap (if the rule set has one) bounds the rules' sum. */
    public EngagementRule inGroup(String name) {
        return new EngagementRule(id, eventType, points, reason, window, frequencyCap, decay, Optional.of(name));
    }
}
