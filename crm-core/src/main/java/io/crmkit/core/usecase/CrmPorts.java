package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.port.Accounts;
import io.crmkit.core.port.Activities;
import io.crmkit.core.port.Contacts;
import io.crmkit.core.port.CustomerLifecycles;
import io.crmkit.core.port.DomainEvents;
import io.crmkit.core.port.Leads;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.port.Pipelines;
import io.crmkit.core.port.Transactions;

import java.time.Clock;

/**
 * The adapters a host wires crmkit's services to: one per port, plus the clock that dates every change.
 * crm-testkit has in-memory adapters of all of them; crm-persistence-jpa has database ones.
 */
public record CrmPorts(Leads leads, Accounts accounts, Contacts contacts, Opportunities opportunities,
                       Pipelines pipelines, Activities activities, CustomerLifecycles lifecycles,
                       DomainEvents events, Transactions transactions, Clock clock) {

    /** Rejects nulls, naming the missing port. */
    public CrmPorts {
        Require.nonNull(leads, "leads");
        Require.nonNull(accounts, "accounts");
        Require.nonNull(contacts, "contacts");
        Require.nonNull(opportunities, "opportunities");
        Require.nonNull(pipelines, "pipelines");
        Require.nonNull(activities, "activities");
        Require.nonNull(lifecycles, "lifecycles");
        Require.nonNull(events, "events");
        Require.nonNull(transactions, "transactions");
        Require.nonNull(clock, "clock");
    }
}
