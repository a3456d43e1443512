package io.crmkit.core.assignment;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.UserId;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Assigns leads by {@link AssignmentRules}: the first rule that matches and whose target can take the lead wins. A
 * rep can take a lead when they are active, not on leave that day, and under both their daily quota and their monthly
 * capacity; a rep named directly by a rule is checked the same way if they belong to a team. Inside a team the
 * {@link Distribution} picks among those who can. Every assignment is recorded in the {@link AssignmentLedger}, so
 * given the same ledger and the same leads (in date order) the result is always the same. Not thread-safe.
 */
public final class Assigner {

    private final AssignmentRules rules;
    private final AssignmentLedger ledger;
    private final Map<UserId, Member> members = new HashMap<>();
    /** Per team, its members' ledger counts in member order, looked up once. */
    private final Map<String, AssignmentLedger.Count[]> counts = new HashMap<>();
    /** Per team, its members' weighted-round-robin credit cells in member order, looked up once. */
    private final Map<String, long[][]> credits = new HashMap<>();

    /** An assigner over {@code rules} that records into {@code ledger}. */
    public Assigner(AssignmentRules rules, AssignmentLedger ledger) {
        this.rules = Require.nonNull(rules, "rules");
        this.ledger = Require.nonNull(ledger, "ledger");
        rules.teams().values().forEach(t -> t.members().forEach(m -> members.putIfAbsent(m.user(), m)));
    }

    /** Assigns the lead described by {@code subject} on {@code day}, or says why nobody could take it. */
    public Assignment assign(AssignmentSubject subject, LocalDate day) {
        Require.nonNull(subject, "subject");
        Require.nonNull(day, "day");
        List<String> refused = new ArrayList<>();
        for (AssignmentRule rule : rules.rules()) {
            if (!rule.matches(subject)) {
                continue;
            }
            if (rule.target() instanceof Target.User direct) {
                Member member = members.get(direct.user());
                if (member == null || canTake(member, ledger.count(member.user()), day)) {
                    ledger.record(direct.user(), day, 1);
                    return new Assignment.Assigned(direct.user(), rule.id(), Optional.empty(), "rule '" + rule.id() + "' names this rep");
                }
                refused.add("rule '" + rule.id() + "': " + direct.user() + " cannot take a lead on " + day + " ("
                        + why(member, ledger.count(member.user()), day) + ")");
            } else {
                Team team = rules.teams().get(((Target.Team) rule.target()).team());
                int pick = pick(team, subject, day);
                if (pick >= 0) {
                    Member member = team.members().get(pick);
                    counts.get(team.id())[pick].add(day, 1);
                    ledger.rotation(team.id()).gave(member.user(), pick);
                    return new Assignment.Assigned(member.user(), rule.id(), Optional.of(team.id()),
                            "rule '" + rule.id() + "', team '" + team.id() + "' by "
                                    + team.distribution().name().toLowerCase(Locale.ROOT).replace('_', ' '));
                }
                refused.add("rule '" + rule.id() + "': nobody in team '" + team.id() + "' can take a lead on " + day
                        + " (inactive, on leave or at capacity)");
            }
        }
        return new Assignment.Unassigned(refused.isEmpty() ? "no rule matches" : String.join("; ", refused));
    }

    private static boolean canTake(Member m, AssignmentLedger.Count count, LocalDate day) {
        if (!m.available(day)) {
            return false;
        }
        OptionalInt quota = m.dailyQuota(day);
        return quota.isEmpty() || count.today(day) < quota.getAsInt() && count.thisMonth(day) < m.monthlyCapacity().getAsInt();
    }

    private static String why(Member m, AssignmentLedger.Count count, LocalDate day) {
        if (!m.active()) {
            return "inactive";
        }
        if (!m.available(day)) {
            return "on leave";
        }
        return count.thisMonth(day) >= m.monthlyCapacity().getAsInt()
                ? "monthly capacity of " + m.monthlyCapacity().getAsInt() + " reached"
                : "daily quota of " + m.dailyQuota(day).getAsInt() + " reached";
    }

    /** The index of the member who gets the lead, or -1 if nobody can take it. */
    private int pick(Team team, AssignmentSubject subject, LocalDate day) {
        List<Member> list = team.members();
        int n = list.size();
        AssignmentLedger.Count[] teamCounts = counts.computeIfAbsent(team.id(),
                t -> list.stream().map(m -> ledger.count(m.user())).toArray(AssignmentLedger.Count[]::new));
        boolean[] eligible = new boolean[n];
        boolean any = false;
        for (int i = 0; i < n; i++) {
            eligible[i] = canTake(list.get(i), teamCounts[i], day);
            any |= eligible[i];
        }
        if (!any) {
            return -1;
        }
        int start = ledger.rotation(team.id()).start(list) % n;
        switch (team.distribution()) {
            case ROUND_ROBIN -> {
                return firstFrom(start, eligible);
            }
            case SKILL_MATCH -> {
                int[] overlap = new int[n];
                int best = 0;
                for (int i = 0; i < n; i++) {
                    if (eligible[i]) {
                        for (String interest : subject.productInterests()) {
                            overlap[i] += list.get(i).skills().contains(interest) ? 1 : 0;
                        }
                        best = Math.max(best, overlap[i]);
                    }
                }
                for (int i = 0; i < n; i++) {
                    eligible[i] &= overlap[i] == best;
                }
                return firstFrom(start, eligible);
            }
            case LOAD_BALANCED -> {
                int chosen = -1;
                for (int k = 0; k < n; k++) {
                    int i = (start + k) % n;
                    if (eligible[i] && (chosen < 0 || lessLoaded(list.get(i), teamCounts[i], list.get(chosen), teamCounts[chosen], day))) {
                        chosen = i;
                    }
                }
                return chosen;
            }
            default -> {
                long[][] credit = credits.computeIfAbsent(team.id(),
                        t -> list.stream().map(m -> ledger.credit(t, m.user())).toArray(long[][]::new));
                long total = 0;
                int chosen = -1;
                for (int i = 0; i < n; i++) {
                    if (eligible[i]) {
                        credit[i][0] += list.get(i).weight();
                        total += list.get(i).weight();
                        if (chosen < 0 || credit[i][0] > credit[chosen][0]) {
                            chosen = i;
                        }
                    }
                }
                credit[chosen][0] -= total;
                return chosen;
            }
        }
    }

    private static int firstFrom(int start, boolean[] eligible) {
        int n = eligible.length;
        for (int k = 0; k < n; k++) {
            int i = (start + k) % n;
            if (eligible[i]) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code a} used a smaller share of its monthly capacity than {@code b} (no capacity: no share). */
    private static boolean lessLoaded(Member a, AssignmentLedger.Count countA, Member b, AssignmentLedger.Count countB, LocalDate day) {
        long capA = a.monthlyCapacity().orElse(Integer.MAX_VALUE);
        long capB = b.monthlyCapacity().orElse(Integer.MAX_VALUE);
        return countA.thisMonth(day) * capB < countB.thisMonth(day) * capA;
    }
}
