package io.crmkit.core.playbook;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.activity.Agenda;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lifecycle.InactivityPolicy;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.Standing;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Pure evaluation of alerts: the same inputs always give the same alerts. */
public final class Alerts {

    private Alerts() {
    }

    /**
     * The alerts of one deal at {@code now}: stale (no activity done on it for the rules' days, counted from its
     * creation if it never had one; scheduled tasks do not count), close date passed (in {@code zone}), stuck in its stage (compared with
     * {@code averageTimeInStage}, by stage key). Closed deals raise none.
     *
     * @param activities the activities linked to the deal, in any order
     */
    public static List<Alert> forDeal(Opportunity deal, Collection<Activity> activities, Map<String, Duration> averageTimeInStage,
                                      AlertRules rules, Instant now, ZoneId zone) {
        Require.nonNull(deal, "deal");
        Require.nonNull(activities, "activities");
        Require.nonNull(averageTimeInStage, "averageTimeInStage");
        Require.nonNull(rules, "rules");
        Require.nonNull(now, "now");
        Require.nonNull(zone, "zone");
        if (deal.status() != OpportunityStatus.OPEN) {
            return List.of();
        }
        List<Alert> alerts = new ArrayList<>();
        Instant last = activities.stream().filter(a -> a.status() == ActivityStatus.DONE)
                .map(a -> a.completedAt().orElseThrow()).filter(at -> !at.isAfter(now))
                .max(Instant::compareTo).orElse(deal.createdAt());
        long idle = Duration.between(last, now).toDays();
        if (idle >= rules.staleAfterDays()) {
            alerts.add(deal(AlertKind.STALE_DEAL, deal, "no activity for " + idle + " days (limit " + rules.staleAfterDays() + ")",
                    "call or email the main contact and log the next step", now));
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        if (rules.closeDatePassed() && deal.expectedClose().filter(today::isAfter).isPresent()) {
            alerts.add(deal(AlertKind.CLOSE_DATE_PASSED, deal, "expected to close on " + deal.expectedClose().get(),
                    "confirm the timeline with the buyer and move the close date", now));
        }
        Duration average = averageTimeInStage.get(deal.stage());
        if (rules.stuckFactor() > 0 && average != null && !average.isZero()) {
            Duration inStage = deal.timeInStage(now);
            if (inStage.toSeconds() > rules.stuckFactor() * average.toSeconds()) {
                alerts.add(deal(AlertKind.STUCK_IN_STAGE, deal, "in stage '" + deal.stage() + "' for " + inStage.toDays()
                                + " days, " + rules.stuckFactor() + " times the average of " + average.toDays() + " days",
                        "review the deal with your manager: advance it, or close it lost", now));
            }
        }
        return alerts;
    }

    /** One alert per overdue activity of {@code agenda}. */
    public static List<Alert> forAgenda(Agenda agenda) {
        Require.nonNull(agenda, "agenda");
        return agenda.overdue().stream().map(a -> new Alert(AlertKind.ACTIVITY_OVERDUE, a.links().opportunity(),
                a.links().account(), Optional.of(a.id()), a.owner(), "'" + a.subject() + "' was due "
                + a.due().map(Object::toString).orElse("earlier"), "do it now, or reschedule it with a reason",
                agenda.at())).toList();
    }

    /**
     * A churn-risk alert for a customer whose standing under {@code policy} is dormant or churned, given its last
     * activity; none for an active one.
     */
    public static Optional<Alert> forCustomer(AccountId account, UserId owner, LifecycleStage stage, Instant lastActivity,
                                              InactivityPolicy policy, Instant now) {
        Standing standing = Require.nonNull(policy, "policy").standing(stage, lastActivity, now);
        if (standing == Standing.ACTIVE) {
            return Optional.empty();
        }
        long idle = Duration.between(lastActivity, now).toDays();
        return Optional.of(new Alert(AlertKind.CHURN_RISK, Optional.empty(), Optional.of(account), Optional.empty(), owner,
                "customer " + standing.name().toLowerCase(Locale.ROOT) + ": no activity for " + idle + " days",
                standing == Standing.CHURNED ? "plan a win-back offer" : "schedule a check-in call", now));
    }

    /**
     * The average time deals spent in each stage they left, by stage key, from their histories: the input of the
     * stuck-in-stage alert.
     */
    public static Map<String, Duration> averageTimeInStage(Collection<Opportunity> deals) {
        Map<String, long[]> sums = new HashMap<>();
        for (Opportunity o : Require.nonNull(deals, "deals")) {
            List<StageChange> history = o.history();
            for (int i = 0; i + 1 < history.size(); i++) {
                long seconds = Duration.between(history.get(i).at(), history.get(i + 1).at()).toSeconds();
                long[] s = sums.computeIfAbsent(history.get(i).to(), k -> new long[2]);
                s[0] += seconds;
                s[1]++;
            }
        }
        Map<String, Duration> averages = new HashMap<>();
        sums.forEach((stage, s) -> averages.put(stage, Duration.ofSeconds(s[0] / s[1])));
        return Map.copyOf(averages);
    }

    private static Alert deal(AlertKind kind, Opportunity deal, String detail, String action, Instant now) {
        return new Alert(kind, Optional.of(deal.id()), Optional.of(deal.account()), Optional.empty(), deal.owner(), detail, action, now);
    }
}
