package io.crmkit.core.opportunity;

import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pipelines with several lost stages, product lines and the decision chain. */
final class LostStagesAndLinesTest {

    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Pipeline PROJECTS = Pipeline.builder(PipelineId.newId(), "Projects")
            .open("scoping", "Scoping", 0.2, ForecastCategory.PIPELINE)
            .won("won", "Won")
            .lost("lost-competitor", "Lost to a competitor")
            .lost("lost-no-decision", "No decision")
            .build();

    private static Opportunity open() {
        return Opportunity.open(OpportunityId.newId(), PROJECTS, "Warehouse rollout", AccountId.newId(), UserId.newId(), AT)
                .aggregate();
    }

    @Test
    void closesLostIntoTheLostStageItIsTold() {
        StageMove move = open().closeLost(PROJECTS, "lost-no-decision", "Budget frozen", Optional.empty(), AT);

        Opportunity lost = assertInstanceOf(StageMove.Moved.class, move).opportunity();
        assertEquals("lost-no-decision", lost.stage());
        assertEquals(OpportunityStatus.LOST, lost.status());
        assertEquals("lost-competitor", open().closeLost(PROJECTS, "Price", Optional.of("Globex"), AT).opportunity().stage(),
                "without a stage key, the first lost stage");
    }

    @Test
    void refusesToCloseLostIntoAStageThatIsNotLost() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> open().closeLost(PROJECTS, "won", "typo", Optional.empty(), AT));

        assertEquals("stage 'won' is not a lost stage of pipeline 'Projects'", e.getMessage());
    }

    @Test
    void usesOneCurrencyForTheAmountAndTheLines() {
        Opportunity inEuro = open().withAmount(Money.of("10000", "EUR"), AT).aggregate();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> inEuro.withLines(List.of(ProductLine.of(ProductId.newId(), 3, Money.of("1200", "JPY"))), AT));
        assertTrue(e.getMessage().contains("must use one currency for its amount and product lines"), e.getMessage());
    }

    @Test
    void productLinesAndDecisionChainMembersAreValidated() {
        ProductId product = ProductId.newId();
        assertEquals("quantity must be positive but was 0",
                assertThrows(IllegalArgumentException.class, () -> ProductLine.of(product, 0)).getMessage());
        assertEquals("quantity must have at most 6 decimals but was 0.0000001", assertThrows(IllegalArgumentException.class,
                () -> new ProductLine(product, new BigDecimal("0.0000001"), Optional.empty())).getMessage());
        assertEquals("unit price must not be negative but was -1.00 EUR", assertThrows(IllegalArgumentException.class,
                () -> ProductLine.of(product, 1, Money.of("-1", "EUR"))).getMessage());
        assertEquals("product must not be null",
                assertThrows(NullPointerException.class, () -> ProductLine.of(null, 1)).getMessage());
        assertEquals("role must not be null", assertThrows(NullPointerException.class,
                () -> new DecisionChainMember(ContactId.newId(), null)).getMessage());
        assertEquals(DecisionRole.CHAMPION, new DecisionChainMember(ContactId.newId(), DecisionRole.CHAMPION).role());
    }
}
