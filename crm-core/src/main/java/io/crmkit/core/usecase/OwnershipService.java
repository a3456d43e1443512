package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lead.LeadStatus;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.OpportunityStatus;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.shared.UserId;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * When an owner leaves: their work handed to a successor in one transaction. Leads still being worked (new, working,
 * nurturing, qualified), every account and every open opportunity move; converted and disqualified leads and closed
 * deals keep their owner, as history. Each move publishes its event (lead assigned, account reassigned, opportunity
 * reassigned). To send the leaver's accounts to a public pool instead, use {@link PoolService#takeOverAccountsOf}.
 */
public final class OwnershipService {

    private static final Set<LeadStatus> WORKED = EnumSet.of(LeadStatus.NEW, LeadStatus.WORKING, LeadStatus.NURTURING,
            LeadStatus.QUALIFIED);

    private final CrmPorts ports;
    private final UnitOfWork work;

    OwnershipService(CrmPorts ports, UnitOfWork work) {
        this.ports = ports;
        this.work = work;
    }

    /**
     * What a hand-over moved.
     *
     * @param leads         the leads now owned by the successor
     * @param accounts      the accounts now owned by the successor
     * @param opportunities the open opportunities now owned by the successor
     */
    public record HandOver(List<LeadId> leads, List<AccountId> accounts, List<OpportunityId> opportunities) {
        /** Copies the lists. */
        public HandOver {
            leads = List.copyOf(leads);
            accounts = List.copyOf(accounts);
            opportunities = List.copyOf(opportunities);
        }
    }

    /** Hands everything {@code from} owns and still works on to {@code to}, all or nothing. */
    public HandOver handOver(UserId from, UserId to) {
        Require.nonNull(from, "from");
        Require.nonNull(to, "to");
        Require.argument(!from.equals(to), "cannot hand over from " + from + " to the same user");
        return ports.transactions().inTransaction(() -> {
            List<LeadId> leads = new ArrayList<>();
            for (Lead lead : ports.leads().findByOwner(from)) {
                if (WORKED.contains(lead.status())) {
                    leads.add(work.apply(lead.assignTo(to, work.now()), ports.leads()::save).id());
                }
            }
            List<AccountId> accounts = new ArrayList<>();
            for (Account account : ports.accounts().findByOwner(from)) {
                accounts.add(work.apply(account.reassign(to, work.now()), ports.accounts()::save).id());
            }
            List<OpportunityId> opportunities = new ArrayList<>();
            for (Opportunity deal : ports.opportunities().findByOwner(from)) {
                if (deal.status() == OpportunityStatus.OPEN) {
                    opportunities.add(work.apply(deal.reassign(to, work.now()), ports.opportunities()::save).id());
                }
            }
            return new HandOver(leads, accounts, opportunities);
        });
    }
}
