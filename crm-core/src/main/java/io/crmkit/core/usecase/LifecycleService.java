package io.crmkit.core.usecase;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.LeadConverted;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.lifecycle.InactivityPolicy;
import io.crmkit.core.lifecycle.LifecycleStage;
import io.crmkit.core.lifecycle.Standing;
import io.crmkit.core.opportunity.OpportunityMoved;
import io.crmkit.core.opportunity.OpportunityOpened;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.opportunity.OpportunityWon;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.AccountOpened;
import io.crmkit.core.shared.Changed;
import io.crmkit.core.shared.DomainEvent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Tracks each account's customer lifecycle stage from domain events: an account opened starts at LEAD, a converted
 * lead makes it SALES_QUALIFIED, an opened opportunity OPPORTUNITY, a won one CUSTOMER; an opportunity moved in from
 * another account (a merge of converted leads) counts as opened there, and as won if it is WON. The other services call
 * {@link #on} with their events inside their transaction, so the stage is always in step with the change.
 */
public final class LifecycleService {

    private final CrmPorts ports;
    private final UnitOfWork work;

    LifecycleService(CrmPorts ports) {
        this.ports = ports;
        this.work = new UnitOfWork(ports, null);
    }

    /** Moves lifecycles forward for the events that mean something to them; other events are ignored. */
    public void on(List<? extends DomainEvent> events) {
        for (DomainEvent e : events) {
            if (e instanceof AccountOpened opened) {
                moveForward(opened.accountId(), LifecycleStage.LEAD, "account opened", e.occurredAt());
            } else if (e instanceof LeadConverted converted) {
                moveForward(converted.accountId(), LifecycleStage.SALES_QUALIFIED,
                        "lead " + converted.leadId() + " converted", e.occurredAt());
            } else if (e instanceof OpportunityOpened opened) {
                moveForward(opened.accountId(), LifecycleStage.OPPORTUNITY,
                        "opportunity " + opened.opportunityId() + " opened", e.occurredAt());
            } else if (e instanceof OpportunityWon won) {
                moveForward(won.accountId(), LifecycleStage.CUSTOMER,
                        "opportunity " + won.opportunityId() + " won", e.occurredAt());
            } else if (e instanceof OpportunityMoved moved && !moved.fromAccount().equals(moved.toAccount())) {
                // the account that receives a deal counts it as if the deal had been opened (and won) there
                boolean won = ports.opportunities().find(moved.opportunityId())
                        .filter(o -> o.status() == OpportunityStatus.WON).isPresent();
                moveForward(moved.toAccount(), won ? LifecycleStage.CUSTOMER : LifecycleStage.OPPORTUNITY,
                        "opportunity " + moved.opportunityId() + (won ? " won" : "") + " moved in from account "
                                + moved.fromAccount(), e.occurredAt());
            }
        }
    }

    /** Moves {@code account} forward to {@code stage} (no change if it is there or further already). */
    public CustomerLifecycle advance(AccountId account, LifecycleStage stage, String cause) {
        Require.nonNull(account, "account");
        Require.nonNull(stage, "stage");
        Require.text(cause, "cause", 500);
        return ports.transactions().inTransaction(() -> {
            requireAccount(account);
            return moveForward(account, stage, cause, work.now());
        });
    }

    /** Moves {@code account} to {@code stage}, backwards if need be, for {@code reason}. */
    public CustomerLifecycle reset(AccountId account, LifecycleStage stage, String reason) {
        return ports.transactions().inTransaction(() -> {
            CustomerLifecycle current = UnitOfWork.found(ports.lifecycles().find(account), "lifecycle of account", account);
            return work.apply(current.reset(stage, reason, work.now()), ports.lifecycles()::save);
        });
    }

    /** The lifecycle of {@code account}, if tracked. */
    public Optional<CustomerLifecycle> find(AccountId account) {
        return ports.lifecycles().find(Require.nonNull(account, "account"));
    }

    /**
     * Whether {@code account} is active, dormant or churned now under {@code policy}, from its last completed
     * activity (or its creation if it has none).
     */
    public Standing standing(AccountId account, InactivityPolicy policy) {
        Require.nonNull(policy, "policy");
        return ports.transactions().inTransaction(() -> standingOf(account, policy));
    }

    private Standing standingOf(AccountId account, InactivityPolicy policy) {
        Account a = requireAccount(account);
        LifecycleStage stage = find(account).map(CustomerLifecycle::stage).orElse(LifecycleStage.LEAD);
        Instant last = ports.activities().findByAccount(account).stream()
                .filter(x -> x.status() == ActivityStatus.DONE)
                .map(Activity::timelineInstant)
                .max(Instant::compareTo)
                .orElse(a.createdAt());
        return policy.standing(stage, last, work.now());
    }

    private Account requireAccount(AccountId account) {
        return UnitOfWork.found(ports.accounts().find(Require.nonNull(account, "account")), "account", account);
    }

    private CustomerLifecycle moveForward(AccountId account, LifecycleStage stage, String cause, Instant at) {
        Optional<CustomerLifecycle> current = ports.lifecycles().find(account);
        Changed<CustomerLifecycle> change = current.isPresent()
                ? current.get().advanceTo(stage, cause, at)
                : CustomerLifecycle.start(account, stage, cause, at);
        return work.apply(change, ports.lifecycles()::save);
    }
}
