package io.crmkit.core.approval;

import io.crmkit.core.internal.Require;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.UserId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The approvals one subject (a quote version, a contract) needs and the decisions so far. Immutable: every decision
 * returns a new process. Each applicable rule is a chain of its levels; chains run side by side, and inside a chain
 * levels decide in order ({@link ApprovalRule.Mode#SEQUENTIAL}) or at once ({@link ApprovalRule.Mode#PARALLEL}).
 * One rejection rejects the process. The commands that take an {@link ApprovalSubject} return the same process with
 * its events ({@link ApprovalRequested}, {@link ApprovalLevelApproved}, {@link ApprovalRejected},
 * {@link ApprovalCompleted}) for a service to publish.
 *
 * <pre>{@code
 * ApprovalProcess process = ApprovalProcess.start(policy, facts);
 * process = process.approve("discount", "manager", managerId, "ok for a 3-year deal", at);
 * process.outcome();   // PENDING until the director approves too
 * }</pre>
 *
 * @param policy the policy it was started from
 * @param facts  the values the rules were evaluated on
 * @param rules  the rules that applied, by id
 * @param steps  one step per level of each rule, rule by rule in level order
 */
public record ApprovalProcess(ApprovalPolicy policy, ApprovalFacts facts, List<ApprovalRule> rules, List<ApprovalStep> steps) {

    /** Validates and copies. */
    public ApprovalProcess {
        Require.nonNull(policy, "policy");
        Require.nonNull(facts, "facts");
        rules = Require.listOf(rules, "rules");
        steps = Require.listOf(steps, "steps");
    }

    /** The approvals {@code facts} need under {@code policy}; approved at once if no rule applies. */
    public static ApprovalProcess start(ApprovalPolicy policy, ApprovalFacts facts) {
        Require.nonNull(policy, "policy");
        List<ApprovalRule> applicable = policy.rulesFor(facts);
        List<ApprovalStep> steps = new ArrayList<>();
        for (ApprovalRule rule : applicable) {
            for (ApprovalLevel level : rule.levels()) {
                steps.add(new ApprovalStep(rule.id(), level, Optional.empty(), false));
            }
        }
        return new ApprovalProcess(policy, facts, applicable, steps);
    }

    /**
     * The process for a revised subject with {@code revised} facts. A rule that still applies keeps its approvals if
     * this process had approved it completely and none of the facts its conditions look at changed; every other
     * applicable rule starts again from its first level.
     */
    public ApprovalProcess afterRevision(ApprovalFacts revised) {
        Require.nonNull(revised, "revised");
        ApprovalProcess fresh = start(policy, revised);
        List<ApprovalStep> steps = new ArrayList<>(fresh.steps.size());
        for (ApprovalRule rule : fresh.rules) {
            boolean keep = isApproved(rule.id()) && rule.relevantFacts().stream().allMatch(f -> facts.sameAs(revised, f));
            for (ApprovalStep old : stepsOf(rule.id(), keep ? this.steps : fresh.steps)) {
                steps.add(keep ? new ApprovalStep(old.ruleId(), old.level(), old.decision(), true) : old);
            }
        }
        return new ApprovalProcess(policy, revised, fresh.rules, steps);
    }

    /**
     * Starts the process for {@code subject} and says so: {@link ApprovalRequested} with the levels that may decide
     * now, or {@link ApprovalCompleted} at once if no rule applies.
     */
    public static Changed<ApprovalProcess> request(ApprovalSubject subject, ApprovalPolicy policy, ApprovalFacts facts, Instant at) {
        Require.nonNull(subject, "subject");
        Require.nonNull(at, "at");
        ApprovalProcess started = start(policy, facts);
        return Changed.of(started, started.standing(subject, at));
    }

    /**
     * {@link #afterRevision(ApprovalFacts)} for {@code subject} (the revised one), saying where it stands:
     * {@link ApprovalRequested} if any level has to decide again, {@link ApprovalCompleted} if every approval was kept
     * or no rule applies any more.
     */
    public Changed<ApprovalProcess> afterRevision(ApprovalSubject subject, ApprovalFacts revised, Instant at) {
        Require.nonNull(subject, "subject");
        Require.nonNull(at, "at");
        ApprovalProcess next = afterRevision(revised);
        return Changed.of(next, next.standing(subject, at));
    }

    /**
     * {@link #approve(String, String, UserId, String, Instant)} with its events: {@link ApprovalLevelApproved}, then
     * {@link ApprovalCompleted} if that was the last level awaited.
     */
    public Changed<ApprovalProcess> approve(ApprovalSubject subject, String ruleId, String level, UserId by, String comment, Instant at) {
        Require.nonNull(subject, "subject");
        ApprovalDecision decision = new ApprovalDecision(true, by, comment, at);
        ApprovalProcess next = decide(ruleId, level, decision);
        List<DomainEvent> events = new ArrayList<>(2);
        events.add(new ApprovalLevelApproved(subject, ruleId, level, by, decision.comment(), at));
        if (next.outcome() == ApprovalOutcome.APPROVED) {
            events.add(new ApprovalCompleted(subject, next.ruleIds(), at));
        }
        return new Changed<>(next, events);
    }

    /** {@link #reject(String, String, UserId, String, Instant)} with its event, {@link ApprovalRejected} carrying the comment. */
    public Changed<ApprovalProcess> reject(ApprovalSubject subject, String ruleId, String level, UserId by, String comment, Instant at) {
        Require.nonNull(subject, "subject");
        ApprovalDecision decision = new ApprovalDecision(false, by, comment, at);
        ApprovalProcess next = decide(ruleId, level, decision);
        return Changed.of(next, new ApprovalRejected(subject, ruleId, level, by, decision.comment(), at));
    }

    private ApprovalEvent standing(ApprovalSubject subject, Instant at) {
        if (outcome() == ApprovalOutcome.APPROVED) {
            return new ApprovalCompleted(subject, ruleIds(), at);
        }
        List<ApprovalRequested.Awaiting> levels = awaiting().stream()
                .map(s -> new ApprovalRequested.Awaiting(s.ruleId(), s.level().name(), s.level().approverRole())).toList();
        return new ApprovalRequested(subject, policy.id(), policy.version(), ruleIds(), levels, at);
    }

    private List<String> ruleIds() {
        return rules.stream().map(ApprovalRule::id).toList();
    }

    /** Where the process stands. */
    public ApprovalOutcome outcome() {
        boolean pending = false;
        for (ApprovalStep s : steps) {
            if (s.isDecided() && !s.isApproved()) {
                return ApprovalOutcome.REJECTED;
            }
            pending |= !s.isDecided();
        }
        return pending ? ApprovalOutcome.PENDING : ApprovalOutcome.APPROVED;
    }

    /** True if the subject needs any approval at all. */
    public boolean isRequired() {
        return !rules.isEmpty();
    }

    /** The steps that may be decided now: the first undecided level of each sequential rule, every undecided level of a parallel one. */
    public List<ApprovalStep> awaiting() {
        if (outcome() != ApprovalOutcome.PENDING) {
            return List.of();
        }
        List<ApprovalStep> result = new ArrayList<>();
        for (ApprovalRule rule : rules) {
            for (ApprovalStep s : stepsOf(rule.id(), steps)) {
                if (!s.isDecided()) {
                    result.add(s);
                    if (rule.mode() == ApprovalRule.Mode.SEQUENTIAL) {
                        break;
                    }
                }
            }
        }
        return List.copyOf(result);
    }

    /** Approves {@code level} of rule {@code ruleId}. */
    public ApprovalProcess approve(String ruleId, String level, UserId by, String comment, Instant at) {
        return decide(ruleId, level, new ApprovalDecision(true, by, comment, at));
    }

    /** Rejects at {@code level} of rule {@code ruleId}; the comment says why. */
    public ApprovalProcess reject(String ruleId, String level, UserId by, String comment, Instant at) {
        return decide(ruleId, level, new ApprovalDecision(false, by, comment, at));
    }

    /** True if every level of rule {@code ruleId} approved. */
    public boolean isApproved(String ruleId) {
        List<ApprovalStep> own = stepsOf(ruleId, steps);
        return !own.isEmpty() && own.stream().allMatch(ApprovalStep::isApproved);
    }

    private ApprovalProcess decide(String ruleId, String level, ApprovalDecision decision) {
        Require.nonNull(ruleId, "ruleId");
        Require.nonNull(level, "level");
        if (outcome() != ApprovalOutcome.PENDING) {
            throw new IllegalStateException("the approval process is already " + outcome() + "; nothing is awaiting a decision");
        }
        Optional<ApprovalStep> target = awaiting().stream()
                .filter(s -> s.ruleId().equals(ruleId) && s.level().name().equals(level)).findFirst();
        if (target.isEmpty()) {
            throw new IllegalStateException("level '" + level + "' of rule '" + ruleId + "' is not awaiting a decision; awaiting: "
                    + awaiting().stream().map(s -> s.ruleId() + "/" + s.level().name()).toList());
        }
        List<ApprovalStep> next = new ArrayList<>(steps);
        int index = next.indexOf(target.get());
        next.set(index, new ApprovalStep(ruleId, target.get().level(), Optional.of(decision), false));
        return new ApprovalProcess(policy, facts, rules, next);
    }

    private static List<ApprovalStep> stepsOf(String ruleId, List<ApprovalStep> steps) {
        return steps.stream().filter(s -> s.ruleId().equals(ruleId)).toList();
    }
}
