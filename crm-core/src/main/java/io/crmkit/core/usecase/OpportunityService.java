package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.opportunity.DecisionChainMember;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.opportunity.ProductLine;
import io.crmkit.core.opportunity.Stage;
import io.crmkit.core.opportunity.StageMove;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.InvalidConfigurationException;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Opportunity use cases: open, edit, move between stages, close won or lost, reopen. Stage moves return a
 * {@link StageMove}; a refusal stores nothing. Closing won also makes the account a customer. Each call is one
 * transaction; unknown ids throw {@link java.util.NoSuchElementException}.
 */
public final class OpportunityService {

    private final CrmPorts ports;
    private final UnitOfWork work;

    OpportunityService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /**
     * Registers a pipeline configuration, or replaces one with the same id. A replacement may rename, reorder and add
     * stages and change probabilities, criteria and the reopen rule, but may not remove a stage (opportunities may be
     * in it) nor change whether a stage is open, won or lost.
     *
     * @throws InvalidConfigurationException naming every removed or changed stage
     */
    public void definePipeline(Pipeline pipeline) {
        Require.nonNull(pipeline, "pipeline");
        ports.transactions().inTransaction(() -> {
            ports.pipelines().find(pipeline.id()).ifPresent(old -> {
                List<String> problems = new ArrayList<>();
                for (Stage stage : old.stages()) {
                    Optional<Stage> next = pipeline.stage(stage.key());
                    if (next.isEmpty()) {
                        problems.add("stages: stage '" + stage.key() + "' cannot be removed: opportunities may be in it");
                    } else if (next.get().outcome() != stage.outcome()) {
                        problems.add("stages: stage '" + stage.key() + "' cannot change from " + stage.outcome()
                                + " to " + next.get().outcome());
                    }
                }
                if (!problems.isEmpty()) {
                    throw new InvalidConfigurationException("replacement of pipeline '" + old.name() + "'", problems);
                }
            });
            ports.pipelines().save(pipeline);
            return pipeline;
        });
    }

    /** Opens an opportunity for {@code account} in the first stage of {@code pipeline}. */
    public Opportunity open(AccountId account, PipelineId pipeline, String name, UserId owner) {
        Require.nonNull(account, "account");
        Require.nonNull(owner, "owner");
        return ports.transactions().inTransaction(() -> {
            UnitOfWork.found(ports.accounts().find(account), "account", account);
            Pipeline p = pipeline(pipeline);
            return work.apply(Opportunity.open(OpportunityId.newId(), p, name, account, owner, work.now()),
                    ports.opportunities()::save);
        });
    }

    /** The opportunity with {@code id}, if stored. */
    public Optional<Opportunity> find(OpportunityId id) {
        return ports.opportunities().find(Require.nonNull(id, "id"));
    }

    /** Sets the amount. */
    public Opportunity setAmount(OpportunityId id, Money amount) {
        return change(id, (o, at) -> o.withAmount(amount, at));
    }

    /** Sets the expected close date. */
    public Opportunity setExpectedClose(OpportunityId id, LocalDate date) {
        return change(id, (o, at) -> o.withExpectedClose(date, at));
    }

    /** Replaces the product lines. */
    public Opportunity setLines(OpportunityId id, List<ProductLine> lines) {
        return change(id, (o, at) -> o.withLines(lines, at));
    }

    /** Sets the primary contact, who must work for the opportunity's account. */
    public Opportunity setPrimaryContact(OpportunityId id, ContactId contact) {
        return change(id, (o, at) -> o.withPrimaryContact(requireContactOf(o, contact).id(), at));
    }

    /** Adds a contact of the account to the decision chain with a role. */
    public Opportunity addToDecisionChain(OpportunityId id, DecisionChainMember member) {
        Require.nonNull(member, "member");
        return change(id, (o, at) -> o.withDecisionChainMember(
                new DecisionChainMember(requireContactOf(o, member.contact()).id(), member.role()), at));
    }

    /** Moves to the open stage {@code stageKey} if its entry criteria hold. */
    public StageMove moveTo(OpportunityId id, String stageKey) {
        return move(id, (o, p) -> o.moveTo(p, stageKey, work.now()));
    }

    /** Closes won; the account becomes a customer. */
    public StageMove closeWon(OpportunityId id, Optional<String> reason) {
        Require.nonNull(reason, "reason");
        return move(id, (o, p) -> o.closeWon(p, reason, work.now()));
    }

    /** Closes lost, into the pipeline's first lost stage, for {@code reason}, to {@code competitor} if known. */
    public StageMove closeLost(OpportunityId id, String reason, Optional<String> competitor) {
        Require.nonNull(competitor, "competitor");
        return move(id, (o, p) -> o.closeLost(p, reason, competitor, work.now()));
    }

    /** Closes lost into the lost stage {@code lostStageKey}, for {@code reason}, to {@code competitor} if known. */
    public StageMove closeLost(OpportunityId id, String lostStageKey, String reason, Optional<String> competitor) {
        Require.nonNull(competitor, "competitor");
        return move(id, (o, p) -> o.closeLost(p, lostStageKey, reason, competitor, work.now()));
    }

    /** Reopens a closed opportunity, if the pipeline's reopen rule allows. */
    public StageMove reopen(OpportunityId id) {
        return move(id, (o, p) -> o.reopen(p, work.now()));
    }

    private StageMove move(OpportunityId id, BiFunction<Opportunity, Pipeline, StageMove> command) {
        return ports.transactions().inTransaction(() -> {
            Opportunity o = load(id);
            StageMove result = command.apply(o, pipeline(o.pipeline()));
            if (!(result instanceof StageMove.Moved moved)) {
                return result;
            }
            Opportunity saved = work.apply(new Changed<>(moved.opportunity(), moved.events()), ports.opportunities()::save);
            if (saved.status() == OpportunityStatus.WON && o.status() != OpportunityStatus.WON) {
                Account account = UnitOfWork.found(ports.accounts().find(saved.account()), "account", saved.account());
                work.apply(account.becomeCustomer(work.now()), ports.accounts()::save);
            }
            return new StageMove.Moved(saved, moved.events());
        });
    }

    private Opportunity change(OpportunityId id, BiFunction<Opportunity, Instant, Changed<Opportunity>> command) {
        return ports.transactions().inTransaction(() ->
                work.apply(command.apply(load(id), work.now()), ports.opportunities()::save));
    }

    private Contact requireContactOf(Opportunity o, ContactId contact) {
        Contact c = UnitOfWork.found(ports.contacts().find(Require.nonNull(contact, "contact")), "contact", contact);
        Require.argument(c.worksFor(o.account()),
                "contact " + contact + " does not work for account " + o.account() + " of opportunity " + o.id());
        return c;
    }

    private Pipeline pipeline(PipelineId id) {
        return UnitOfWork.found(ports.pipelines().find(Require.nonNull(id, "pipeline")), "pipeline", id);
    }

    private Opportunity load(OpportunityId id) {
        return UnitOfWork.found(ports.opportunities().find(Require.nonNull(id, "id")), "opportunity", id);
    }
}
