package io.crmkit.core.assignment;

import io.crmkit.core.lead.SourceChannel;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

final class AssignmentLedgerTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 2);
    private static final AssignmentSubject LEAD = new AssignmentSubject(Optional.empty(), Optional.empty(), Optional.empty(),
            SourceChannel.WEB_FORM, Set.of(), OptionalDouble.empty(), Optional.empty());

    private static AssignmentRules weighted(List<Member> members) {
        return AssignmentRules.builder().team(new Team("t", members, Distribution.WEIGHTED))
                .rule("all", new Target.Team("t")).build();
    }

    /** The ledger outlives the rules ("seed it ... then let an Assigner update it"): a member joins the team. */
    @Test
    void aLedgerKeepsWorkingWhenTheTeamGrows() {
        Member ana = Member.of(UserId.newId());
        Member ben = Member.of(UserId.newId()).withWeight(3);
        AssignmentLedger ledger = new AssignmentLedger();
        new Assigner(weighted(List.of(ana)), ledger).assign(LEAD, MONDAY);

        Assigner grown = new Assigner(weighted(List.of(ana, ben)), ledger);
        assertInstanceOf(Assignment.Assigned.class, grown.assign(LEAD, MONDAY));
    }
}
