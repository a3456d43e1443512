package io.crmkit.core.approval;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

final class ApprovalProperties {

    private static final List<String> FACTS = List.of("discountPercent", "netAmount", "marginPercent");

    @Provide
    Arbitrary<List<ApprovalRule>> rules() {
        Arbitrary<ApprovalCondition> condition = Combinators.combine(Arbitraries.of(FACTS),
                        Arbitraries.of(ApprovalCondition.Operator.GREATER_THAN, ApprovalCondition.Operator.AT_LEAST,
                                ApprovalCondition.Operator.LESS_THAN, ApprovalCondition.Operator.AT_MOST),
                        Arbitraries.integers().between(0, 100))
                .as((fact, op, n) -> ApprovalCondition.number(fact, op, String.valueOf(n)));
        Arbitrary<ApprovalRule> rule = Combinators.combine(condition.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(true, false),
                        Arbitraries.of("manager", "director", "vp").set().ofMinSize(1))
                .as((conditions, any, roles) -> new ApprovalRule("r", "r", conditions, any ? ConditionLogic.any() : ConditionLogic.all(),
                        roles.stream().sorted().map(ApprovalLevel::of).toList(), ApprovalRule.Mode.SEQUENTIAL));
        return rule.list().ofMaxSize(6).map(list -> {
            List<ApprovalRule> named = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                ApprovalRule r = list.get(i);
                named.add(new ApprovalRule("rule-" + i, r.name(), r.conditions(), r.logic(), r.levels(), r.mode()));
            }
            return named;
        });
    }

    @Provide
    Arbitrary<ApprovalFacts> facts() {
        return Arbitraries.integers().between(-10, 110).list().ofSize(3).map(values -> {
            ApprovalFacts.Builder b = ApprovalFacts.builder();
            for (int i = 0; i < 3; i++) {
                b.number(FACTS.get(i), BigDecimal.valueOf(values.get(i)));
            }
            return b.labels("product", Set.of("SRV")).build();
        });
    }

    @Property(tries = 300)
    void theApprovalOutcomeDoesNotDependOnRuleOrder(@ForAll("rules") List<ApprovalRule> rules, @ForAll("facts") ApprovalFacts facts,
                                                    @ForAll long seed) {
        List<ApprovalRule> shuffled = new ArrayList<>(rules);
        Collections.shuffle(shuffled, new Random(seed));
        ApprovalProcess a = ApprovalProcess.start(new ApprovalPolicy("p", 1, rules), facts);
        ApprovalProcess b = ApprovalProcess.start(new ApprovalPolicy("p", 1, shuffled), facts);
        assertEquals(a, b);
        assertEquals(a.awaiting(), b.awaiting());
    }

    @Property(tries = 300)
    void aRevisionWithTheSameFactsKeepsEveryApproval(@ForAll("rules") List<ApprovalRule> rules, @ForAll("facts") ApprovalFacts facts) {
        ApprovalProcess p = ApprovalProcess.start(new ApprovalPolicy("p", 1, rules), facts);
        io.crmkit.core.shared.UserId user = io.crmkit.core.shared.UserId.of("01900000-0000-7000-8000-0000000000e1");
        while (!p.awaiting().isEmpty()) {
            ApprovalStep next = p.awaiting().get(0);
            p = p.approve(next.ruleId(), next.level().name(), user, "", java.time.Instant.EPOCH);
        }
        assertEquals(ApprovalOutcome.APPROVED, p.outcome());
        assertEquals(ApprovalOutcome.APPROVED, p.afterRevision(facts).outcome());
    }

    @Property(tries = 300)
    void approvingEveryAwaitedLevelInAnyOrderCompletesExactlyOnceAtTheEnd(@ForAll("rules") List<ApprovalRule> rules,
                                                                          @ForAll("facts") ApprovalFacts facts, @ForAll long seed) {
        ApprovalSubject subject = ApprovalSubject.of("quote", "q/1");
        io.crmkit.core.shared.UserId user = io.crmkit.core.shared.UserId.of("01900000-0000-7000-8000-0000000000e1");
        Random random = new Random(seed);
        io.crmkit.core.shared.Changed<ApprovalProcess> walk = ApprovalProcess.request(subject, new ApprovalPolicy("p", 1, rules), facts,
                java.time.Instant.EPOCH);
        int levels = walk.aggregate().steps().size();
        while (!walk.aggregate().awaiting().isEmpty()) {
            List<ApprovalStep> awaiting = walk.aggregate().awaiting();
            ApprovalStep next = awaiting.get(random.nextInt(awaiting.size()));
            walk = walk.then(p -> p.approve(subject, next.ruleId(), next.level().name(), user, "", java.time.Instant.EPOCH));
        }
        List<io.crmkit.core.shared.DomainEvent> events = walk.events();
        assertEquals(1, events.stream().filter(e -> e instanceof ApprovalCompleted).count());
        assertEquals(ApprovalCompleted.class, events.get(events.size() - 1).getClass());
        assertEquals(levels, events.stream().filter(e -> e instanceof ApprovalLevelApproved).count());
        assertEquals(levels == 0 ? 0 : 1, events.stream().filter(e -> e instanceof ApprovalRequested).count());
    }
}
