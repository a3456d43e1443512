package io.crmkit.core.approval;

import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

final class ApprovalEventsTest {

    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final UserId MANAGER = UserId.of("01900000-0000-7000-8000-0000000000e1");
    private static final UserId DIRECTOR = UserId.of("01900000-0000-7000-8000-0000000000e2");
    private static final UserId FINANCE = UserId.of("01900000-0000-7000-8000-0000000000e3");
    private static final UserId LEGAL = UserId.of("01900000-0000-7000-8000-0000000000e4");
    private static final ApprovalSubject QUOTE_V1 = ApprovalSubject.of("quote", "01900000-0000-7000-8000-0000000000d1/1");
    private static final ApprovalSubject QUOTE_V2 = ApprovalSubject.of("quote", "01900000-0000-7000-8000-0000000000d1/2");

    /** Discounts over 20% go manager then director; margins under 25% need finance and legal, in parallel. */
    private static final ApprovalPolicy POLICY = ApprovalPolicy.of("quotes", 3,
            ApprovalRule.builder("discount").name("Large discount")
                    .when(ApprovalCondition.greaterThan("discountPercent", "20"))
                    .approvedBy("manager", "director").build(),
            ApprovalRule.builder("margin").name("Low margin")
                    .when(ApprovalCondition.lessThan("marginPercent", "25"))
                    .approvedBy("finance", "legal").parallel().build());

    private static ApprovalFacts facts(String discount, String margin) {
        return ApprovalFacts.builder().number("discountPercent", new BigDecimal(discount))
                .number("marginPercent", new BigDecimal(margin)).labels("product", Set.of("SRV-R740")).build();
    }

    @Test
    void requestingApprovalNamesTheRulesAndTheLevelsThatMayDecideNow() {
        Changed<ApprovalProcess> requested = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "20"), AT);

        assertEquals(ApprovalProcess.start(POLICY, facts("25", "20")), requested.aggregate());
        assertEquals(List.of(new ApprovalRequested(QUOTE_V1, "quotes", 3, List.of("discount", "margin"), List.of(
                new ApprovalRequested.Awaiting("discount", "manager", "manager"),
                new ApprovalRequested.Awaiting("margin", "finance", "finance"),
                new ApprovalRequested.Awaiting("margin", "legal", "legal")), AT)), requested.events());
    }

    @Test
    void aSubjectNoRuleAppliesToIsApprovedAtOnce() {
        Changed<ApprovalProcess> requested = ApprovalProcess.request(QUOTE_V1, POLICY, facts("5", "40"), AT);

        assertEquals(ApprovalOutcome.APPROVED, requested.aggregate().outcome());
        assertEquals(List.of(new ApprovalCompleted(QUOTE_V1, List.of(), AT)), requested.events());
    }

    @Test
    void eachApprovalIsAnEventWithItsCommentAndTheLastOneCompletesTheProcess() {
        ApprovalProcess p = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "40"), AT).aggregate();

        Changed<ApprovalProcess> byManager = p.approve(QUOTE_V1, "discount", "manager", MANAGER, "  ok for a 3-year deal ", AT.plusSeconds(60));
        Changed<ApprovalProcess> byDirector = byManager.aggregate().approve(QUOTE_V1, "discount", "director", DIRECTOR, "", AT.plusSeconds(120));

        assertEquals(List.of(new ApprovalLevelApproved(QUOTE_V1, "discount", "manager", MANAGER, "ok for a 3-year deal", AT.plusSeconds(60))),
                byManager.events());
        assertEquals(ApprovalOutcome.PENDING, byManager.aggregate().outcome());
        assertEquals(List.of(new ApprovalLevelApproved(QUOTE_V1, "discount", "director", DIRECTOR, "", AT.plusSeconds(120)),
                new ApprovalCompleted(QUOTE_V1, List.of("discount"), AT.plusSeconds(120))), byDirector.events());
        assertEquals(ApprovalOutcome.APPROVED, byDirector.aggregate().outcome());
        assertEquals(p.approve("discount", "manager", MANAGER, "ok for a 3-year deal", AT.plusSeconds(60)), byManager.aggregate(),
                "the event-returning command decides as the plain one");
    }

    @Test
    void parallelLevelsCompleteOnlyWhenBothRulesAreApproved() {
        ApprovalProcess p = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "20"), AT).aggregate()
                .approve(QUOTE_V1, "discount", "manager", MANAGER, "", AT).aggregate()
                .approve(QUOTE_V1, "discount", "director", DIRECTOR, "", AT).aggregate()
                .approve(QUOTE_V1, "margin", "legal", LEGAL, "", AT).aggregate();

        Changed<ApprovalProcess> last = p.approve(QUOTE_V1, "margin", "finance", FINANCE, "margin ok with services", AT);

        assertEquals(List.of(new ApprovalLevelApproved(QUOTE_V1, "margin", "finance", FINANCE, "margin ok with services", AT),
                new ApprovalCompleted(QUOTE_V1, List.of("discount", "margin"), AT)), last.events());
    }

    @Test
    void aRejectionIsAnEventCarryingWhyAndNothingCompletes() {
        ApprovalProcess p = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "20"), AT).aggregate();

        Changed<ApprovalProcess> rejected = p.reject(QUOTE_V1, "margin", "finance", FINANCE, " margin below our floor ", AT.plusSeconds(30));

        assertEquals(List.of(new ApprovalRejected(QUOTE_V1, "margin", "finance", FINANCE, "margin below our floor", AT.plusSeconds(30))),
                rejected.events());
        assertEquals(ApprovalOutcome.REJECTED, rejected.aggregate().outcome());
        IllegalArgumentException noReason = assertThrows(IllegalArgumentException.class,
                () -> p.reject(QUOTE_V1, "margin", "finance", FINANCE, "  ", AT));
        assertTrue(noReason.getMessage().contains("rejection needs a comment"), noReason.getMessage());
        IllegalStateException afterwards = assertThrows(IllegalStateException.class,
                () -> rejected.aggregate().approve(QUOTE_V1, "discount", "manager", MANAGER, "", AT));
        assertTrue(afterwards.getMessage().contains("REJECTED"), afterwards.getMessage());
    }

    @Test
    void aRevisionAsksAgainOnlyWhereARelevantValueChanged() {
        ApprovalProcess approved = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "20"), AT).aggregate()
                .approve("discount", "manager", MANAGER, "", AT).approve("discount", "director", DIRECTOR, "", AT)
                .approve("margin", "finance", FINANCE, "", AT).approve("margin", "legal", LEGAL, "", AT);

        Changed<ApprovalProcess> marginChanged = approved.afterRevision(QUOTE_V2, facts("25", "18"), AT.plusSeconds(600));
        Changed<ApprovalProcess> nothingRelevant = approved.afterRevision(QUOTE_V2, facts("25", "20"), AT.plusSeconds(600));

        assertEquals(List.of(new ApprovalRequested(QUOTE_V2, "quotes", 3, List.of("discount", "margin"), List.of(
                new ApprovalRequested.Awaiting("margin", "finance", "finance"),
                new ApprovalRequested.Awaiting("margin", "legal", "legal")), AT.plusSeconds(600))), marginChanged.events());
        assertEquals(List.of(new ApprovalCompleted(QUOTE_V2, List.of("discount", "margin"), AT.plusSeconds(600))), nothingRelevant.events());
    }

    @Test
    void eventsAreRecordsOfTheApprovalEventFamily() {
        List<DomainEvent> all = ApprovalProcess.request(QUOTE_V1, POLICY, facts("25", "40"), AT)
                .then(p -> p.approve(QUOTE_V1, "discount", "manager", MANAGER, "", AT))
                .then(p -> p.approve(QUOTE_V1, "discount", "director", DIRECTOR, "", AT)).events();

        assertEquals(List.of(ApprovalRequested.class, ApprovalLevelApproved.class, ApprovalLevelApproved.class, ApprovalCompleted.class),
                all.stream().map(Object::getClass).toList());
        assertTrue(all.stream().allMatch(e -> e instanceof ApprovalEvent a && a.subject().equals(QUOTE_V1)));
    }

    @Test
    void subjectsAreValidated() {
        assertThrows(IllegalArgumentException.class, () -> ApprovalSubject.of(" ", "1"));
        IllegalArgumentException tooLong = assertThrows(IllegalArgumentException.class, () -> ApprovalSubject.of("quote", "x".repeat(201)));
        assertTrue(tooLong.getMessage().contains("subject id"), tooLong.getMessage());
        assertEquals("quote 01900000-0000-7000-8000-0000000000d1/1", QUOTE_V1.toString());
    }
}
