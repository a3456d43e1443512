package io.crmkit.core.usecase;

import io.crmkit.core.internal.Require;
import io.crmkit.core.playbook.Playbook;
import io.crmkit.core.pool.PoolRules;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.port.TimelineSource;

import java.util.Arrays;
import java.util.List;

/**
 * crmkit's use cases wired to a host's ports:
 * <pre>{@code
 * Crm crm = Crm.using(ports);
 * Lead lead = crm.leads().capture(NewLead.from(SourceChannel.WEB_FORM).person("Ada", "Lovelace")
 *         .email("ada@analytical.example").build());
 * }</pre>
 * Thread-safe if the ports are.
 */
public final class Crm {

    private final LeadService leads;
    private final AccountService accounts;
    private final ContactService contacts;
    private final OpportunityService opportunities;
    private final ActivityService activities;
    private final LifecycleService lifecycle;
    private final TimelineService timeline;
    private final CrmPorts ports;
    private final UnitOfWork work;

    private Crm(CrmPorts ports, List<TimelineSource> extraSources) {
        this.ports = ports;
        this.lifecycle = new LifecycleService(ports);
        UnitOfWork work = new UnitOfWork(ports, lifecycle);
        this.work = work;
        this.leads = new LeadService(ports, work);
        this.accounts = new AccountService(ports, work);
        this.contacts = new ContactService(ports, work);
        this.opportunities = new OpportunityService(ports, work);
        this.activities = new ActivityService(ports, work);
        this.timeline = new TimelineService(ports, extraSources);
    }

    /** The services over {@code ports}; {@code extraSources} add entries to account timelines. */
    public static Crm using(CrmPorts ports, TimelineSource... extraSources) {
        return new Crm(Require.nonNull(ports, "ports"), Require.listOf(Arrays.asList(Require.nonNull(extraSources, "extraSources")), "extraSources"));
    }

    /**
     * Public-pool use cases for the pool that {@code rules} configure, its entries stored in {@code entries}; call once
     * per pool and keep the service.
     */
    public PoolService pool(PooledAccounts entries, PoolRules rules) {
        return new PoolService(ports, work, Require.nonNull(entries, "entries"), Require.nonNull(rules, "rules"));
    }

    /**
     * Playbook use cases: tasks on stage entry for the pipelines of {@code playbooks} (each checked against its
     * stored pipeline) and deal alerts.
     */
    public PlaybookService playbooks(List<Playbook> playbooks) {
        return new PlaybookService(ports, work, Require.listOf(playbooks, "playbooks"));
    }

    /** Hand-overs of a leaving owner's leads, accounts and open opportunities. */
    public OwnershipService ownership() {
        return new OwnershipService(ports, work);
    }

    /** Lead use cases. */
    public LeadService leads() {
        return leads;
    }

    /** Account use cases. */
    public AccountService accounts() {
        return accounts;
    }

    /** Contact use cases. */
    public ContactService contacts() {
        return contacts;
    }

    /** Opportunity use cases. */
    public OpportunityService opportunities() {
        return opportunities;
    }

    /** Activity use cases. */
    public ActivityService activities() {
        return activities;
    }

    /** Lifecycle tracking. */
    public LifecycleService lifecycle() {
        return lifecycle;
    }

    /**
     * Duplicate checks at capture and merges, finding capture-time candidates through {@code candidates}; shares
     * this facade's unit of work, so its events reach the lifecycle tracking like every other service's.
     */
    public DuplicateService duplicates(io.crmkit.core.port.DuplicateCandidates candidates) {
        return new DuplicateService(ports, work, Require.nonNull(candidates, "candidates"));
    }

    /** Account timelines. */
    public TimelineService timeline() {
        return timeline;
    }
}
