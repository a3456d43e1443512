package io.crmkit.core.assignment;

import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.UserId;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Laws of team assignment over generated teams, leave, capacities and lead streams. */
final class AssignmentProperties {

    private static final LocalDate START = LocalDate.of(2026, 3, 2);
    private static final AssignmentSubject LEAD = new AssignmentSubject(Optional.empty(), Optional.empty(), Optional.empty(),
            SourceChannel.WEB_FORM, Set.of("crm"), OptionalDouble.empty(), Optional.empty());

    @Provide
    Arbitrary<Member> members() {
        Arbitrary<Boolean> active = Arbitraries.of(true, true, true, false);
        Arbitrary<Integer> leaveStart = Arbitraries.integers().between(-1, 20); // -1: no leave
        Arbitrary<Integer> leaveLength = Arbitraries.integers().between(0, 5);
        Arbitrary<Integer> capacity = Arbitraries.integers().between(0, 60); // 0: no limit
        Arbitrary<Set<String>> skills = Arbitraries.of("crm", "erp", "hr").set().ofMaxSize(2);
        Arbitrary<Integer> weight = Arbitraries.integers().between(1, 5);
        Arbitrary<Long> id = Arbitraries.longs();
        return Combinators.combine(id, active, leaveStart, leaveLength, capacity, skills, weight).as((u, a, ls, ll, c, s, w) -> {
            Member m = Member.of(new UserId(new UUID(0, u))).withSkills(s).withWeight(w);
            if (!a) {
                m = m.inactive();
            }
            if (ls >= 0) {
                m = m.onLeave(START.plusDays(ls), START.plusDays(ls + ll));
            }
            return c > 0 ? m.withCapacity(c) : m;
        });
    }

    @Provide
    Arbitrary<List<Member>> teams() {
        return members().list().ofMinSize(1).ofMaxSize(8).uniqueElements(Member::user);
    }

    private static Assigner assigner(List<Member> members, Distribution distribution) {
        AssignmentRules rules = AssignmentRules.builder().team(new Team("t", members, distribution))
                .rule("all", new Target.Team("t")).build();
        return new Assigner(rules, new AssignmentLedger());
    }

    @Property
    void nobodyInactiveOrOnLeaveIsAssignedAndNoQuotaOrCapacityIsExceeded(@ForAll("teams") List<Member> members,
                                                                          @ForAll Distribution distribution,
                                                                          @ForAll @IntRange(min = 0, max = 30) int perDay) {
        Assigner assigner = assigner(members, distribution);
        Map<UserId, Member> byUser = new HashMap<>();
        members.forEach(m -> byUser.put(m.user(), m));
        Map<UserId, Integer> monthly = new HashMap<>();
        for (int d = 0; d < 28; d++) {
            LocalDate day = START.plusDays(d);
            Map<UserId, Integer> daily = new HashMap<>();
            for (int i = 0; i < perDay; i++) {
                if (assigner.assign(LEAD, day) instanceof Assignment.Assigned a) {
                    Member m = byUser.get(a.user());
                    assertTrue(m.available(day), a.user() + " is inactive or on leave on " + day);
                    int today = daily.merge(a.user(), 1, Integer::sum);
                    int month = monthly.merge(a.user(), 1, Integer::sum);
                    m.dailyQuota(day).ifPresent(q -> assertTrue(today <= q, "daily quota " + q + " exceeded"));
                    m.monthlyCapacity().ifPresent(c -> assertTrue(month <= c, "monthly capacity " + c + " exceeded"));
                } else {
                    assertTrue(members.stream().noneMatch(m -> m.available(day) && m.monthlyCapacity().isEmpty()),
                            "a lead went unassigned while someone without limits was available on " + day);
                }
            }
        }
    }

    @Property
    void roundRobinSpreadsWithinOneLeadBetweenEligibleMembers(@ForAll("teams") List<Member> generated,
                                                              @ForAll @IntRange(min = 1, max = 200) int leads) {
        List<Member> members = generated.stream().map(m -> new Member(m.user(), true, List.of(),
                java.util.OptionalInt.empty(), m.skills(), m.weight())).toList();
        Assigner assigner = assigner(members, Distribution.ROUND_ROBIN);
        Map<UserId, Integer> counts = new HashMap<>();
        members.forEach(m -> counts.put(m.user(), 0));
        for (int i = 0; i < leads; i++) {
            counts.merge(((Assignment.Assigned) assigner.assign(LEAD, START)).user(), 1, Integer::sum);
        }
        int max = counts.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
        int min = counts.values().stream().mapToInt(Integer::intValue).min().orElseThrow();
        assertTrue(max - min <= 1, "counts " + counts.values());
    }

    @Property
    void workingDaysAreTheMondaysToFridaysOfTheMonth(@ForAll @IntRange(min = 1900, max = 2200) int year,
                                                     @ForAll @IntRange(min = 1, max = 12) int month) {
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        long counted = java.util.stream.IntStream.rangeClosed(1, ym.lengthOfMonth()).mapToObj(ym::atDay)
                .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
        assertEquals(counted, Member.workingDays(ym));
    }

    @Property
    void theSameLedgerAndLeadsGiveTheSameAssignments(@ForAll("teams") List<Member> members, @ForAll Distribution distribution) {
        List<Assignment> first = new ArrayList<>();
        List<Assignment> second = new ArrayList<>();
        Assigner a = assigner(members, distribution);
        Assigner b = assigner(members, distribution);
        for (int d = 0; d < 10; d++) {
            for (int i = 0; i < 7; i++) {
                first.add(a.assign(LEAD, START.plusDays(d)));
                second.add(b.assign(LEAD, START.plusDays(d)));
            }
        }
        assertEquals(first, second);
    }
}
