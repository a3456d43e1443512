package io.crmkit.core.opportunity;

import io.crmkit.core.internal.Require;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.shared.Aggregate;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.Money;
import io.crmkit.core.shared.Probability;
import io.crmkit.core.shared.UserId;

import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A deal being worked for an account, in one stage of its {@link Pipeline}. Stage moves, closing and reopening return
 * a {@link StageMove}: {@link StageMove.Moved} with the new state and events, or {@link StageMove.Refused} with every
 * reason (an unmet entry criterion, a reopen rule); a refusal changes nothing. The stage history keeps every move
 * with its time, for velocity analytics.
 */
public record Opportunity(OpportunityId id, long version, PipelineId pipeline, String name, AccountId account,
                          UserId owner, String stage, OpportunityStatus status, Optional<Money> amount,
                          Optional<LocalDate> expectedClose, Optional<ContactId> primaryContact,
                          List<DecisionChainMember> decisionChain, List<ProductLine> lines,
                          List<StageChange> history, Optional<Closing> closing, Instant createdAt)
        implements Aggregate<OpportunityId> {

    /** Validates: the history ends in the current stage; a closing exists exactly when closed, with that outcome. */
    public Opportunity {
        Require.nonNull(id, "id");
        Require.nonNegative(version, "version");
        Require.nonNull(pipeline, "pipeline");
        name = Require.text(name, "opportunity name", 200);
        Require.nonNull(account, "account");
        Require.nonNull(owner, "owner");
        Require.nonNull(stage, "stage");
        Require.nonNull(status, "status");
        Require.nonNull(amount, "amount");
        amount.filter(Money::isNegative).ifPresent(a -> {
            throw new IllegalArgumentException("amount must not be negative but was " + a);
        });
        Require.nonNull(expectedClose, "expectedClose");
        Require.nonNull(primaryContact, "primaryContact");
        decisionChain = Require.listOf(decisionChain, "decisionChain");
        lines = Require.listOf(lines, "lines");
        history = Require.listOf(history, "history");
        Require.nonNull(closing, "closing");
        Require.nonNull(createdAt, "createdAt");
        Require.argument(!history.isEmpty() && history.get(history.size() - 1).to().equals(stage),
                "opportunity " + id + " history must end in its stage '" + stage + "'");
        Require.argument(closing.map(Closing::outcome).orElse(OpportunityStatus.OPEN) == status,
                "opportunity " + id + " must have a closing exactly when closed, matching its status " + status);
        java.util.Set<java.util.Currency> currencies = new java.util.HashSet<>();
        amount.ifPresent(a -> currencies.add(a.currency()));
        lines.forEach(l -> l.unitPrice().ifPresent(u -> currencies.add(u.currency())));
        Require.argument(currencies.size() <= 1,
                "opportunity " + id + " must use one currency for its amount and product lines but used " + currencies);
    }

    /** Opens an opportunity in the pipeline's first stage. */
    public static Changed<Opportunity> open(OpportunityId id, Pipeline pipeline, String name, AccountId account,
                                            UserId owner, Instant at) {
        Require.nonNull(pipeline, "pipeline");
        String first = pipeline.firstStage().key();
        Opportunity o = new Opportunity(id, 0, pipeline.id(), name, account, owner, first, OpportunityStatus.OPEN,
                Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
                List.of(new StageChange(Optional.empty(), first, at)), Optional.empty(), at);
        return Changed.of(o, new OpportunityOpened(id, account, pipeline.id(), first, owner, at));
    }

    /** Moves to the open stage {@code stageKey} (forwards or backwards) if its entry criteria hold. */
    public StageMove moveTo(Pipeline pipeline, String stageKey, Instant at) {
        Stage target = stageOf(pipeline, stageKey);
        if (target.isClosed()) {
            throw new IllegalArgumentException("stage '" + stageKey + "' closes the opportunity: use closeWon or closeLost");
        }
        if (status != OpportunityStatus.OPEN) {
            return new StageMove.Refused(this, List.of("opportunity is " + status + "; reopen it before moving it"));
        }
        if (target.key().equals(stage)) {
            return new StageMove.Moved(this, List.of());
        }
        List<String> refusals = target.refusals(this);
        if (!refusals.isEmpty()) {
            return new StageMove.Refused(this, refusals);
        }
        Opportunity next = at(target.key(), status, closing, at);
        return new StageMove.Moved(next, List.of(new OpportunityStageChanged(id, stage, target.key(), at)));
    }

    /** Closes won, if the won stage's criteria hold; {@code reason} is optional. */
    public StageMove closeWon(Pipeline pipeline, Optional<String> reason, Instant at) {
        Stage won = stageOf(pipeline, pipeline.wonStage().key());
        OpportunityStatus.TRANSITIONS.require(describe(), status, OpportunityStatus.WON);
        List<String> refusals = won.refusals(this);
        if (!refusals.isEmpty()) {
            return new StageMove.Refused(this, refusals);
        }
        Closing c = new Closing(OpportunityStatus.WON, reason, Optional.empty(), at);
        return new StageMove.Moved(at(won.key(), OpportunityStatus.WON, Optional.of(c), at),
                List.of(new OpportunityWon(id, account, stage, amount, reason, at)));
    }

    /** Closes lost, into the pipeline's first lost stage, for {@code reason}, naming the {@code competitor} if known. */
    public StageMove closeLost(Pipeline pipeline, String reason, Optional<String> competitor, Instant at) {
        return closeLost(pipeline, Require.nonNull(pipeline, "pipeline").lostStage().key(), reason, competitor, at);
    }

    /**
     * Closes lost into the lost stage {@code lostStageKey} (pipelines may have several, such as "lost to competitor"
     * and "no decision"), for {@code reason}, naming the {@code competitor} if known.
     */
    public StageMove closeLost(Pipeline pipeline, String lostStageKey, String reason, Optional<String> competitor, Instant at) {
        Stage lost = stageOf(pipeline, lostStageKey);
        Require.argument(lost.outcome() == OpportunityStatus.LOST,
                "stage '" + lostStageKey + "' is not a lost stage of pipeline '" + pipeline.name() + "'");
        OpportunityStatus.TRANSITIONS.require(describe(), status, OpportunityStatus.LOST);
        Closing c = new Closing(OpportunityStatus.LOST, Optional.ofNullable(reason), competitor, at);
        return new StageMove.Moved(at(lost.key(), OpportunityStatus.LOST, Optional.of(c), at),
                List.of(new OpportunityLost(id, account, stage, c.reason().orElseThrow(), competitor, at)));
    }

    /**
     * Reopens a closed opportunity into the open stage it was in before closing, if the pipeline's reopen rule allows
     * it and the opportunity still meets that stage's entry criteria (re-entering is entering).
     */
    public StageMove reopen(Pipeline pipeline, Instant at) {
        stageOf(pipeline, stage);
        OpportunityStatus.TRANSITIONS.require(describe(), status, OpportunityStatus.OPEN);
        Closing c = closing.orElseThrow();
        Optional<String> refusal = pipeline.reopenRule().refusal(status, c.at(), at);
        if (refusal.isPresent()) {
            return new StageMove.Refused(this, List.of(refusal.get()));
        }
        String back = history.get(history.size() - 1).from().orElse(pipeline.firstStage().key());
        List<String> refusals = pipeline.requireStage(back).refusals(this);
        if (!refusals.isEmpty()) {
            return new StageMove.Refused(this, refusals);
        }
        return new StageMove.Moved(at(back, OpportunityStatus.OPEN, Optional.empty(), at),
                List.of(new OpportunityReopened(id, status, back, at)));
    }

    /** Sets the amount. */
    public Changed<Opportunity> withAmount(Money value, Instant at) {
        return update("amount", Optional.of(Require.nonNull(value, "amount")), expectedClose, primaryContact,
                decisionChain, lines, at);
    }

    /** Sets the expected close date. */
    public Changed<Opportunity> withExpectedClose(LocalDate value, Instant at) {
        return update("expectedClose", amount, Optional.of(Require.nonNull(value, "expectedClose")), primaryContact,
                decisionChain, lines, at);
    }

    /** Sets the primary contact. */
    public Changed<Opportunity> withPrimaryContact(ContactId value, Instant at) {
        return update("primaryContact", amount, expectedClose, Optional.of(Require.nonNull(value, "primaryContact")),
                decisionChain, lines, at);
    }

    /** Adds or replaces a contact's role in the decision chain. */
    public Changed<Opportunity> withDecisionChainMember(DecisionChainMember member, Instant at) {
        Require.nonNull(member, "member");
        List<DecisionChainMember> next = new ArrayList<>(decisionChain);
        next.removeIf(m -> m.contact().equals(member.contact()));
        next.add(member);
        return update("decisionChain", amount, expectedClose, primaryContact, next, lines, at);
    }

    /** Replaces the product lines. */
    public Changed<Opportunity> withLines(List<ProductLine> value, Instant at) {
        return update("lines", amount, expectedClose, primaryContact, decisionChain, Require.listOf(value, "lines"), at);
    }

    /** Hands the open opportunity to {@code next}; no change if it already owns it. A closed deal keeps its owner. */
    public Changed<Opportunity> reassign(UserId next, Instant at) {
        Require.nonNull(next, "owner");
        if (next.equals(owner)) {
            return Changed.none(this);
        }
        if (status != OpportunityStatus.OPEN) {
            throw new IllegalStateException(describe() + " is " + status + ": reopen it before changing its owner");
        }
        return Changed.of(new Opportunity(id, version, pipeline, name, account, next, stage, status, amount, expectedClose,
                primaryContact, decisionChain, lines, history, closing, createdAt), new OpportunityReassigned(id, owner, next, at));
    }

    /**
     * Moves the opportunity to {@code toAccount} with {@code toContact} as its primary contact (empty: none), for
     * example when the leads behind two accounts were merged; no change if it is already there with that contact.
     * Unlike the other changes this applies to closed opportunities too: stage, status, closing, amount, lines, owner
     * and the whole stage history are kept, so a won deal keeps counting for its new account. The decision chain is
     * kept as it is. The {@link OpportunityMoved} event names the previous account and contact, so the move can be
     * undone by moving it back.
     */
    public Changed<Opportunity> moveToAccount(AccountId toAccount, Optional<ContactId> toContact, Instant at) {
        Require.nonNull(toAccount, "toAccount");
        Require.nonNull(toContact, "toContact");
        Require.nonNull(at, "at");
        if (toAccount.equals(account) && toContact.equals(primaryContact)) {
            return Changed.none(this);
        }
        return Changed.of(new Opportunity(id, version, pipeline, name, toAccount, owner, stage, status, amount, expectedClose,
                        toContact, decisionChain, lines, history, closing, createdAt),
                new OpportunityMoved(id, account, toAccount, primaryContact, toContact, at));
    }

    /** The stage's default win probability in {@code pipeline}. */
    public Probability probability(Pipeline pipeline) {
        return stageOf(pipeline, stage).probability();
    }

    /** The amount times the stage probability, rounded half-even; empty without an amount. */
    public Optional<Money> weightedAmount(Pipeline pipeline) {
        Probability p = probability(pipeline);
        return amount.map(a -> a.multipliedBy(java.math.BigDecimal.valueOf(p.value()), RoundingMode.HALF_EVEN));
    }

    /** How long the opportunity has been in its current stage at {@code at}. */
    public Duration timeInStage(Instant at) {
        return Duration.between(history.get(history.size() - 1).at(), at);
    }

    /** The same opportunity at {@code storedVersion}; for stores. */
    public Opportunity withVersion(long storedVersion) {
        return new Opportunity(id, storedVersion, pipeline, name, account, owner, stage, status, amount, expectedClose,
                primaryContact, decisionChain, lines, history, closing, createdAt);
    }

    private Changed<Opportunity> update(String field, Optional<Money> a, Optional<LocalDate> e, Optional<ContactId> p,
                                        List<DecisionChainMember> d, List<ProductLine> l, Instant at) {
        if (status != OpportunityStatus.OPEN) {
            throw new IllegalStateException(describe() + " is " + status + ": reopen it before changing its " + field);
        }
        Opportunity next = new Opportunity(id, version, pipeline, name, account, owner, stage, status, a, e, p, d, l,
                history, closing, createdAt);
        if (next.equals(this)) {
            return Changed.none(this);
        }
        return Changed.of(next, new OpportunityUpdated(id, List.of(field), at));
    }

    private Opportunity at(String newStage, OpportunityStatus newStatus, Optional<Closing> newClosing, Instant at) {
        List<StageChange> h = new ArrayList<>(history);
        h.add(new StageChange(Optional.of(stage), newStage, at));
        return new Opportunity(id, version, pipeline, name, account, owner, newStage, newStatus, amount, expectedClose,
                primaryContact, decisionChain, lines, h, newClosing, createdAt);
    }

    private Stage stageOf(Pipeline p, String key) {
        Require.nonNull(p, "pipeline");
        if (!Objects.equals(p.id(), pipeline)) {
            throw new IllegalArgumentException(describe() + " belongs to pipeline " + pipeline + ", not " + p.id());
        }
        return p.requireStage(Require.nonNull(key, "stage"));
    }

    private String describe() {
        return "opportunity " + id;
    }
}
