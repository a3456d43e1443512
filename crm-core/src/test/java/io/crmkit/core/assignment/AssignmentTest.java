package io.crmkit.core.assignment;

import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.party.SizeBand;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class AssignmentTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private final UserId vip = UserId.newId();
    private final UserId ana = UserId.newId();
    private final UserId ben = UserId.newId();
    private final UserId cho = UserId.newId();

    private static AssignmentSubject lead(String region, String industry, SizeBand size, SourceChannel channel, String... interests) {
        return new AssignmentSubject(Optional.ofNullable(region), Optional.ofNullable(industry), Optional.ofNullable(size),
                channel, Set.of(interests), OptionalDouble.empty(), Optional.empty());
    }

    private AssignmentRules rules(Distribution distribution, Member... members) {
        return AssignmentRules.builder()
                .team(new Team("emea", List.of(members), distribution))
                .rule("enterprise", new Target.User(vip), Criterion.size(Set.of(SizeBand.ENTERPRISE)))
                .rule("emea", new Target.Team("emea"), Criterion.region(Set.of("EMEA")))
                .build();
    }

    private UserId assigned(Assigner assigner, AssignmentSubject subject, LocalDate day) {
        return ((Assignment.Assigned) assigner.assign(subject, day)).user();
    }

    @Test
    void theFirstMatchingRuleWinsAndNoMatchSaysSo() {
        Assigner assigner = new Assigner(rules(Distribution.ROUND_ROBIN, Member.of(ana), Member.of(ben)), new AssignmentLedger());

        Assignment big = assigner.assign(lead("emea", "software", SizeBand.ENTERPRISE, SourceChannel.WEB_FORM), MONDAY);
        assertEquals(new Assignment.Assigned(vip, "enterprise", Optional.empty(), "rule 'enterprise' names this rep"), big);
        Assignment emea = assigner.assign(lead("Emea", null, SizeBand.SMALL, SourceChannel.EVENT), MONDAY);
        assertEquals(Optional.of("emea"), ((Assignment.Assigned) emea).team());
        assertEquals(new Assignment.Unassigned("no rule matches"),
                assigner.assign(lead("apac", null, SizeBand.SMALL, SourceChannel.EVENT), MONDAY));
    }

    @Test
    void roundRobinSkipsInactiveMembersAndMembersOnLeave() {
        Assigner assigner = new Assigner(rules(Distribution.ROUND_ROBIN, Member.of(ana),
                Member.of(ben).onLeave(MONDAY, MONDAY.plusDays(4)), Member.of(cho).inactive()), new AssignmentLedger());
        AssignmentSubject s = lead("emea", null, null, SourceChannel.WEB_FORM);
        assertEquals(List.of(ana, ana), List.of(assigned(assigner, s, MONDAY), assigned(assigner, s, MONDAY)));
        LocalDate nextMonday = MONDAY.plusDays(7);
        assertEquals(List.of(ben, ana, ben), List.of(assigned(assigner, s, nextMonday), assigned(assigner, s, nextMonday),
                assigned(assigner, s, nextMonday)));
    }

    @Test
    void aMonthlyCapacityBecomesADailyQuotaAndAFullTeamFallsThroughToTheNextRule() {
        // March 2026 has 22 working days: 44 a month is 2 a day
        AssignmentRules rules = AssignmentRules.builder()
                .team(new Team("emea", List.of(Member.of(ana).withCapacity(44), Member.of(ben).withCapacity(22)), Distribution.LOAD_BALANCED))
                .rule("emea", new Target.Team("emea"), Criterion.region(Set.of("emea")))
                .rule("overflow", new Target.User(cho))
                .build();
        Assigner assigner = new Assigner(rules, new AssignmentLedger());
        AssignmentSubject s = lead("emea", null, null, SourceChannel.WEB_FORM);
        Map<UserId, Integer> got = new HashMap<>();
        for (int i = 0; i < 5; i++) {
            got.merge(assigned(assigner, s, MONDAY), 1, Integer::sum);
        }
        assertEquals(Map.of(ana, 2, ben, 1, cho, 2), got);
        Assignment.Assigned overflow = (Assignment.Assigned) assigner.assign(s, MONDAY);
        assertEquals("overflow", overflow.rule());
    }

    @Test
    void whyNobodyCouldTakeALeadNamesTheRules() {
        AssignmentRules rules = AssignmentRules.builder()
                .team(new Team("emea", List.of(Member.of(ana).inactive(), Member.of(vip).onLeave(MONDAY, MONDAY)), Distribution.ROUND_ROBIN))
                .rule("vip", new Target.User(vip), Criterion.industry(Set.of("banking")))
                .rule("emea", new Target.Team("emea"))
                .build();
        Assignment none = new Assigner(rules, new AssignmentLedger()).assign(lead("emea", "Banking", null, SourceChannel.API), MONDAY);
        assertEquals(new Assignment.Unassigned("rule 'vip': " + vip + " cannot take a lead on 2026-03-02 (on leave); "
                + "rule 'emea': nobody in team 'emea' can take a lead on 2026-03-02 (inactive, on leave or at capacity)"), none);
    }

    @Test
    void skillMatchPrefersTheMostMatchingSkillsAndFallsBackToEveryone() {
        Assigner assigner = new Assigner(rules(Distribution.SKILL_MATCH, Member.of(ana).withSkills(Set.of("crm")),
                Member.of(ben).withSkills(Set.of("erp", "crm")), Member.of(cho)), new AssignmentLedger());
        assertEquals(ben, assigned(assigner, lead("emea", null, null, SourceChannel.API, "ERP", "crm"), MONDAY));
        assertEquals(ben, assigned(assigner, lead("emea", null, null, SourceChannel.API, "erp"), MONDAY));
        assertEquals(ana, assigned(assigner, lead("emea", null, null, SourceChannel.API, "crm"), MONDAY));
        assertEquals(ben, assigned(assigner, lead("emea", null, null, SourceChannel.API, "crm"), MONDAY));
        assertEquals(cho, assigned(assigner, lead("emea", null, null, SourceChannel.API, "hr"), MONDAY));
    }

    @Test
    void weightedDistributionFollowsTheWeightsSmoothly() {
        Assigner assigner = new Assigner(rules(Distribution.WEIGHTED, Member.of(ana).withWeight(3), Member.of(ben)),
                new AssignmentLedger());
        AssignmentSubject s = lead("emea", null, null, SourceChannel.API);
        List<UserId> order = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            order.add(assigned(assigner, s, MONDAY));
        }
        assertEquals(List.of(ana, ana, ben, ana, ana, ana, ben, ana), order);
    }

    @Test
    void theRoundRobinGoesOnAfterTheSameRepWhenTheTeamChangesBetweenAssigners() {
        AssignmentLedger ledger = new AssignmentLedger();
        AssignmentSubject s = lead("emea", null, null, SourceChannel.WEB_FORM);
        Assigner before = new Assigner(rules(Distribution.ROUND_ROBIN, Member.of(ana), Member.of(ben), Member.of(cho)), ledger);
        assertEquals(List.of(ana, ben), List.of(assigned(before, s, MONDAY), assigned(before, s, MONDAY)));

        // a new rep joins at the front: the rotation goes on after ben, to cho, not to whoever is third now
        UserId dee = UserId.newId();
        Assigner joined = new Assigner(rules(Distribution.ROUND_ROBIN, Member.of(dee), Member.of(ana), Member.of(ben),
                Member.of(cho)), ledger);
        assertEquals(List.of(cho, dee, ana), List.of(assigned(joined, s, MONDAY), assigned(joined, s, MONDAY),
                assigned(joined, s, MONDAY)));

        // ana, who had the last lead, leaves: the rep now in her place (ben) is next
        Assigner left = new Assigner(rules(Distribution.ROUND_ROBIN, Member.of(dee), Member.of(ben), Member.of(cho)), ledger);
        assertEquals(List.of(ben, cho, dee), List.of(assigned(left, s, MONDAY), assigned(left, s, MONDAY),
                assigned(left, s, MONDAY)));
    }

    @Test
    void weightedCreditFollowsTheRepWhenTheTeamIsReordered() {
        AssignmentSubject s = lead("emea", null, null, SourceChannel.API);
        AssignmentLedger ledger = new AssignmentLedger();
        Assigner first = new Assigner(rules(Distribution.WEIGHTED, Member.of(ana).withWeight(3), Member.of(ben)), ledger);
        List<UserId> order = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            order.add(assigned(first, s, MONDAY));
        }
        // listed the other way round, ana keeps the credit she is owed and the next lead is hers; ties go to the rep
        // listed first (ben, at the sixth lead)
        Assigner second = new Assigner(rules(Distribution.WEIGHTED, Member.of(ben), Member.of(ana).withWeight(3)), ledger);
        for (int i = 3; i < 8; i++) {
            order.add(assigned(second, s, MONDAY));
        }
        assertEquals(List.of(ana, ana, ben, ana, ana, ben, ana, ana), order);
    }

    @Test
    void invalidRulesNameEveryProblem() {
        InvalidConfigurationException e = assertThrows(InvalidConfigurationException.class, () -> AssignmentRules.builder()
                .rule("a", new Target.Team("nowhere")).rule("a", new Target.User(ana)).build());
        assertEquals(List.of("rules[0].target: unknown team 'nowhere'", "rules[1].id: 'a' is used by an earlier rule"), e.problems());
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class,
                () -> new Team("t", List.of(Member.of(ana), Member.of(ana)), Distribution.ROUND_ROBIN));
        assertTrue(twice.getMessage().contains("lists member " + ana + " twice"), twice.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Member.of(ana).withCapacity(0));
        assertThrows(IllegalArgumentException.class, () -> Member.of(ana).onLeave(MONDAY, MONDAY.minusDays(1)));
        assertThrows(IllegalArgumentException.class, () -> Criterion.region(Set.of()));
        assertInstanceOf(InvalidConfigurationException.class, assertThrows(IllegalArgumentException.class,
                () -> AssignmentRules.builder().build()));
    }
}
