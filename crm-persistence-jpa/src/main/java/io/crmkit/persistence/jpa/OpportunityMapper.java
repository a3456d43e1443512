package io.crmkit.persistence.jpa;

import io.crmkit.core.opportunity.Closing;
import io.crmkit.core.opportunity.DecisionChainMember;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.core.opportunity.StageChange;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.party.DecisionRole;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.ProductId;
import io.crmkit.core.shared.UserId;

import java.util.List;
import java.util.Optional;

/** Copies an {@link Opportunity} into an {@link OpportunityRow} and back; child rows are rewritten only when they changed. */
final class OpportunityMapper {

    private OpportunityMapper() {
    }

    static void write(Opportunity o, OpportunityRow row) {
        row.pipeline = o.pipeline().value();
        row.name = o.name();
        row.account = o.account().value();
        row.owner = o.owner().value();
        row.stage = o.stage();
        row.status = o.status().name();
        row.amount = o.amount().map(Money::amount).orElse(null);
        row.currency = o.amount().map(m -> m.currency().getCurrencyCode()).orElse(null);
        row.expectedClose = Columns.orNull(o.expectedClose());
        row.primaryContact = o.primaryContact().map(ContactId::value).orElse(null);
        if (!chain(row).equals(o.decisionChain())) {
            row.decisionChain.clear();
            for (DecisionChainMember m : o.decisionChain()) {
                OpportunityRow.DecisionChainColumns c = new OpportunityRow.DecisionChainColumns();
                c.contact = m.contact().value();
                c.role = m.role().name();
                row.decisionChain.add(c);
            }
        }
        if (!lines(row).equals(o.lines())) {
            row.lines.clear();
            for (ProductLine l : o.lines()) {
                OpportunityRow.LineColumns c = new OpportunityRow.LineColumns();
                c.product = l.product().value();
                c.quantity = l.quantity();
                c.unitPrice = l.unitPrice().map(Money::amount).orElse(null);
                c.unitPriceCurrency = l.unitPrice().map(m -> m.currency().getCurrencyCode()).orElse(null);
                row.lines.add(c);
            }
        }
        List<StageChange> stored = history(row);
        if (!stored.equals(o.history())) {
            if (stored.equals(o.history().subList(0, Math.min(stored.size(), o.history().size())))) {
                o.history().subList(stored.size(), o.history().size()).forEach(s -> row.history.add(stageChange(s)));
            } else {
                row.history.clear();
                o.history().forEach(s -> row.history.add(stageChange(s)));
            }
        }
        row.closingOutcome = o.closing().map(c -> c.outcome().name()).orElse(null);
        row.closingReason = o.closing().flatMap(Closing::reason).orElse(null);
        row.closingCompetitor = o.closing().flatMap(Closing::competitor).orElse(null);
        row.closedAt = o.closing().map(Closing::at).orElse(null);
        row.createdAt = o.createdAt();
    }

    private static OpportunityRow.StageChangeColumns stageChange(StageChange s) {
        OpportunityRow.StageChangeColumns c = new OpportunityRow.StageChangeColumns();
        c.from = s.from().orElse(null);
        c.to = s.to();
        c.at = s.at();
        return c;
    }

    private static List<DecisionChainMember> chain(OpportunityRow row) {
        return row.decisionChain.stream().map(c -> new DecisionChainMember(new ContactId(c.contact), DecisionRole.valueOf(c.role))).toList();
    }

    private static List<ProductLine> lines(OpportunityRow row) {
        return row.lines.stream().map(c -> new ProductLine(new ProductId(c.product), Columns.quantity(c.quantity),
                Columns.money(c.unitPrice, c.unitPriceCurrency))).toList();
    }

    private static List<StageChange> history(OpportunityRow row) {
        return row.history.stream().map(c -> new StageChange(Optional.ofNullable(c.from), c.to, c.at)).toList();
    }

    static Opportunity read(OpportunityRow row) {
        Optional<Closing> closing = row.closingOutcome == null ? Optional.empty()
                : Optional.of(new Closing(OpportunityStatus.valueOf(row.closingOutcome), Optional.ofNullable(row.closingReason),
                Optional.ofNullable(row.closingCompetitor), row.closedAt));
        return new Opportunity(new OpportunityId(row.id), row.version, new PipelineId(row.pipeline), row.name,
                new AccountId(row.account), new UserId(row.owner), row.stage, OpportunityStatus.valueOf(row.status),
                Columns.money(row.amount, row.currency), Optional.ofNullable(row.expectedClose),
                Columns.opt(row.primaryContact, ContactId::new), chain(row), lines(row), history(row), closing, row.createdAt);
    }
}
