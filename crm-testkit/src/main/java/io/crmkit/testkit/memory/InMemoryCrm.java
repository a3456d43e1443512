package io.crmkit.testkit.memory;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.activity.ActivityStatus;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.lifecycle.CustomerLifecycle;
import io.crmkit.core.opportunity.Opportunity;
import io.crmkit.core.opportunity.OpportunityId;
import io.crmkit.core.opportunity.Pipeline;
import io.crmkit.core.opportunity.PipelineId;
import io.crmkit.core.party.Account;
import io.crmkit.core.party.AccountId;
import io.crmkit.core.party.Contact;
import io.crmkit.core.party.ContactId;
import io.crmkit.core.pool.PooledAccount;
import io.crmkit.core.port.Accounts;
import io.crmkit.core.port.Activities;
import io.crmkit.core.port.Contacts;
import io.crmkit.core.port.CustomerLifecycles;
import io.crmkit.core.port.DomainEvents;
import io.crmkit.core.port.DuplicateCandidates;
import io.crmkit.core.port.Leads;
import io.crmkit.core.port.Opportunities;
import io.crmkit.core.port.Pipelines;
import io.crmkit.core.port.PooledAccounts;
import io.crmkit.core.port.Transactions;
import io.crmkit.core.shared.DomainEvent;
import io.crmkit.core.shared.EmailAddress;
import io.crmkit.core.shared.UserId;
import io.crmkit.core.usecase.Crm;
import io.crmkit.core.usecase.CrmPorts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Thread-safe in-memory adapters of every crm-core port, sharing one transaction manager: a use case that throws
 * leaves every store as it was, and its events are delivered only when it commits, after its lock is released; a
 * failing subscriber never fails the use case. Transactions run one at a time; a read outside a transaction may see a
 * running transaction's writes.
 * <pre>{@code
 * InMemoryCrm store = InMemoryCrm.create();
 * Crm crm = Crm.using(store.ports(MutableClock.at("2026-03-02T09:00:00Z")));
 * // ... run use cases, then assert on store.publishedEvents() or the ports
 * }</pre>
 */
public final class InMemoryCrm {

    private static final System.Logger LOG = System.getLogger(InMemoryCrm.class.getName());

    private final MemoryTransactions transactions = new MemoryTransactions();
    private final MemoryStore<LeadId, Lead> leads = new MemoryStore<>("lead", transactions, Lead::withVersion,
            Comparator.comparing(Lead::capturedAt).thenComparing(l -> l.id().value()));
    private final MemoryStore<AccountId, Account> accounts = new MemoryStore<>("account", transactions,
            Account::withVersion, Comparator.comparing(Account::createdAt).thenComparing(a -> a.id().value()));
    private final MemoryStore<ContactId, Contact> contacts = new MemoryStore<>("contact", transactions,
            Contact::withVersion, Comparator.comparing(Contact::createdAt).thenComparing(c -> c.id().value()));
    private final MemoryStore<OpportunityId, Opportunity> opportunities = new MemoryStore<>("opportunity", transactions,
            Opportunity::withVersion, Comparator.comparing(Opportunity::createdAt).thenComparing(o -> o.id().value()));
    private final MemoryStore<ActivityId, Activity> activities = new MemoryStore<>("activity", transactions,
            Activity::withVersion, Comparator.comparing(Activity::createdAt).thenComparing(a -> a.id().value()));
    private final MemoryStore<AccountId, CustomerLifecycle> lifecycles = new MemoryStore<>("lifecycle", transactions,
            CustomerLifecycle::withVersion, Comparator.comparing((CustomerLifecycle l) -> l.history().get(0).at())
            .thenComparing(l -> l.id().value()));
    /** Every claim ever committed, in order: a later claim by someone else does not erase it. */
    private final List<Map.Entry<PooledAccount.Claim, AccountId>> claimLog = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final MemoryStore<AccountId, PooledAccount> poolEntries = new MemoryStore<>("pool entry", transactions,
            PooledAccount::withVersion, Comparator.comparing((PooledAccount e) -> e.id().value()));
    private final Map<PipelineId, Pipeline> pipelines = new LinkedHashMap<>();
    private final List<DomainEvent> published = new CopyOnWriteArrayList<>();
    private final List<Consumer<DomainEvent>> subscribers = new CopyOnWriteArrayList<>();

    private InMemoryCrm() {
    }

    /** Empty stores. */
    public static InMemoryCrm create() {
        return new InMemoryCrm();
    }

    /** The ports over these stores, dated by {@code clock}. */
    public CrmPorts ports(Clock clock) {
        return new CrmPorts(leads(), accounts(), contacts(), opportunities(), pipelines(), activities(), lifecycles(),
                events(), transactions(), clock);
    }

    /** Shorthand for {@code Crm.using(ports(clock))}. */
    public Crm crm(Clock clock) {
        return Crm.using(ports(clock));
    }

    /** The lead store. */
    public Leads leads() {
        return new Leads() {
            @Override
            public Optional<Lead> find(LeadId id) {
                return leads.find(id);
            }

            @Override
            public Lead save(Lead lead) {
                return leads.save(lead);
            }

            @Override
            public List<Lead> saveAll(Collection<Lead> batch) {
                return leads.saveAll(batch, "leads");
            }

            @Override
            public List<Lead> findByEmail(EmailAddress email) {
                Objects.requireNonNull(email, "email");
                return leads.where(l -> l.email().filter(email::equals).isPresent());
            }

            @Override
            public List<Lead> findByOwner(UserId owner) {
                Objects.requireNonNull(owner, "owner");
                return leads.where(l -> l.owner().filter(owner::equals).isPresent());
            }
        };
    }

    /**
     * Capture-time duplicate candidates over the lead store: every stored lead, whatever the keys (an in-memory store
     * is small, and returning more than the leads sharing a key is allowed).
     */
    public DuplicateCandidates duplicateCandidates() {
        return keys -> {
            Objects.requireNonNull(keys, "blockingKeys");
            return leads.where(l -> true);
        };
    }

    /** The account store. */
    public Accounts accounts() {
        return new Accounts() {
            @Override
            public Optional<Account> find(AccountId id) {
                return accounts.find(id);
            }

            @Override
            public Account save(Account account) {
                return accounts.save(account);
            }

            @Override
            public List<Account> findByOwner(UserId owner) {
                Objects.requireNonNull(owner, "owner");
                return accounts.where(a -> a.owner().equals(owner));
            }
        };
    }

    /** The contact store. */
    public Contacts contacts() {
        return new Contacts() {
            @Override
            public Optional<Contact> find(ContactId id) {
                return contacts.find(id);
            }

            @Override
            public Contact save(Contact contact) {
                return contacts.save(contact);
            }

            @Override
            public List<Contact> findByAccount(AccountId account) {
                Objects.requireNonNull(account, "account");
                return contacts.where(c -> c.worksFor(account));
            }

            @Override
            public List<Contact> findByEmail(EmailAddress email) {
                Objects.requireNonNull(email, "email");
                return contacts.where(c -> c.email().filter(email::equals).isPresent());
            }
        };
    }

    /** The opportunity store. */
    public Opportunities opportunities() {
        return new Opportunities() {
            @Override
            public Optional<Opportunity> find(OpportunityId id) {
                return opportunities.find(id);
            }

            @Override
            public Opportunity save(Opportunity opportunity) {
                return opportunities.save(opportunity);
            }

            @Override
            public List<Opportunity> findByAccount(AccountId account) {
                Objects.requireNonNull(account, "account");
                return opportunities.where(o -> o.account().equals(account));
            }

            @Override
            public List<Opportunity> findByOwner(UserId owner) {
                Objects.requireNonNull(owner, "owner");
                return opportunities.where(o -> o.owner().equals(owner));
            }
        };
    }

    /** The pipeline configurations. */
    public Pipelines pipelines() {
        return new Pipelines() {
            @Override
            public Optional<Pipeline> find(PipelineId id) {
                Objects.requireNonNull(id, "id");
                synchronized (pipelines) {
                    return Optional.ofNullable(pipelines.get(id));
                }
            }

            @Override
            public void save(Pipeline pipeline) {
                Objects.requireNonNull(pipeline, "pipeline");
                transactions.write(() -> {
                    synchronized (pipelines) {
                        pipelines.put(pipeline.id(), pipeline);
                    }
                }, snapshotOf(pipeline.id()));
            }

            @Override
            public List<Pipeline> findAll() {
                synchronized (pipelines) {
                    return List.copyOf(pipelines.values());
                }
            }
        };
    }

    private Runnable snapshotOf(PipelineId id) {
        Pipeline before;
        synchronized (pipelines) {
            before = pipelines.get(id);
        }
        return () -> {
            synchronized (pipelines) {
                if (before == null) {
                    pipelines.remove(id);
                } else {
                    pipelines.put(id, before);
                }
            }
        };
    }

    /** The activity store. */
    public Activities activities() {
        return new Activities() {
            @Override
            public Optional<Activity> find(ActivityId id) {
                return activities.find(id);
            }

            @Override
            public Activity save(Activity activity) {
                return activities.save(activity);
            }

            @Override
            public List<Activity> saveAll(Collection<Activity> batch) {
                return activities.saveAll(batch, "activities");
            }

            @Override
            public List<Activity> findByAccount(AccountId account) {
                Objects.requireNonNull(account, "account");
                return activities.where(a -> a.links().account().filter(account::equals).isPresent());
            }

            @Override
            public List<Activity> findByLead(LeadId lead) {
                Objects.requireNonNull(lead, "lead");
                return activities.where(a -> a.links().lead().filter(lead::equals).isPresent());
            }

            @Override
            public List<Activity> findOpenByOwner(UserId owner) {
                Objects.requireNonNull(owner, "owner");
                return activities.where(a -> a.owner().equals(owner) && a.status() == ActivityStatus.OPEN);
            }
        };
    }

    /** The public pools' store (entries of every pool); pass it to {@code crm.pool(entries, rules)}. */
    public PooledAccounts pooledAccounts() {
        return new PooledAccounts() {
            @Override
            public Optional<PooledAccount> find(AccountId id) {
                return poolEntries.find(id);
            }

            @Override
            public PooledAccount save(PooledAccount entry) {
                Optional<PooledAccount.Claim> before = poolEntries.find(entry.id()).flatMap(PooledAccount::lastClaim);
                PooledAccount saved = poolEntries.save(entry);
                entry.lastClaim().filter(c -> !Optional.of(c).equals(before))
                        .ifPresent(c -> transactions.onCommit(() -> claimLog.add(Map.entry(c, entry.id()))));
                return saved;
            }

            @Override
            public List<PooledAccount> heldBy(UserId owner) {
                Objects.requireNonNull(owner, "owner");
                return poolEntries.where(e -> e.heldBy(owner));
            }

            @Override
            public List<PooledAccount> claimedSince(UserId user, Instant since) {
                Objects.requireNonNull(user, "user");
                Objects.requireNonNull(since, "since");
                return claimLog.stream().filter(c -> c.getKey().by().equals(user) && !c.getKey().at().isBefore(since))
                        .map(c -> poolEntries.find(c.getValue()).orElseThrow()).toList();
            }

            @Override
            public List<PooledAccount> held(String pool) {
                Objects.requireNonNull(pool, "pool");
                return poolEntries.where(e -> e.pool().equals(pool) && !e.inPool());
            }
        };
    }

    /** The lifecycle store. */
    public CustomerLifecycles lifecycles() {
        return new CustomerLifecycles() {
            @Override
            public Optional<CustomerLifecycle> find(AccountId account) {
                return lifecycles.find(account);
            }

            @Override
            public CustomerLifecycle save(CustomerLifecycle lifecycle) {
                return lifecycles.save(lifecycle);
            }
        };
    }

    /**
     * Event delivery. When the transaction that publishes events commits, they are first recorded in
     * {@link #publishedEvents()} (together with every other event of that transaction), then the lock is released and
     * they are passed to the subscribers; events of a transaction that rolls back are neither. Outside a transaction
     * events are recorded and delivered at once.
     */
    public DomainEvents events() {
        return events -> {
            List<DomainEvent> copy = List.copyOf(Objects.requireNonNull(events, "events"));
            transactions.onCommit(() -> published.addAll(copy));
            transactions.afterCommit(() -> deliver(copy));
        };
    }

    private void deliver(List<DomainEvent> events) {
        Error failure = null;
        for (DomainEvent event : events) {
            for (Consumer<DomainEvent> subscriber : subscribers) {
                try {
                    subscriber.accept(event);
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "subscriber " + subscriber + " failed on committed event "
                            + event + "; the other subscribers still receive it", e);
                } catch (Error e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** The transaction manager every store here joins. */
    public Transactions transactions() {
        return transactions;
    }

    /**
     * Calls {@code subscriber} with each committed event, in the order of {@link #publishedEvents()} for the events
     * of one transaction. Subscribers run on the committing thread after the transaction has released its lock,
     * so a subscriber may run use cases itself, or hand work to other threads that do and wait for them; when the
     * use case returns, its subscribers have run. Transactions committed concurrently by other threads are delivered
     * concurrently, so a subscriber shared across threads must be thread-safe.
     *
     * <p>A subscriber that throws an exception does not fail the use case, which has committed: the exception is
     * logged at {@code WARNING} to the {@link System.Logger} named after this class, and the other subscribers still
     * receive the event. An {@link Error} (a failed test assertion, say) is not swallowed: it reaches the use case's
     * caller after every subscriber has received every event of the transaction, which stays committed.
     */
    public void subscribe(Consumer<DomainEvent> subscriber) {
        subscribers.add(Objects.requireNonNull(subscriber, "subscriber"));
    }

    /** Every committed event so far, in commit order; an event is here before any subscriber receives it. */
    public List<DomainEvent> publishedEvents() {
        return List.copyOf(published);
    }

    /** The committed events of {@code type}, in order. */
    public <E extends DomainEvent> List<E> publishedEvents(Class<E> type) {
        List<E> result = new ArrayList<>();
        for (DomainEvent e : published) {
            if (type.isInstance(e)) {
                result.add(type.cast(e));
            }
        }
        return List.copyOf(result);
    }

    /** How many records each store holds, by store name; handy for asserting that nothing was half-written. */
    public Map<String, Integer> counts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("leads", leads.size());
        counts.put("accounts", accounts.size());
        counts.put("contacts", contacts.size());
        counts.put("opportunities", opportunities.size());
        counts.put("activities", activities.size());
        counts.put("lifecycles", lifecycles.size());
        counts.put("pool entries", poolEntries.size());
        synchronized (pipelines) {
            counts.put("pipelines", pipelines.size());
        }
        counts.put("events", published.size());
        return java.util.Collections.unmodifiableMap(counts);
    }
}
