package io.crmkit.persistence.jpa;

import io.crmkit.core.activity.Activity;
import io.crmkit.core.activity.ActivityId;
import io.crmkit.core.dedupe.Matcher;
import io.crmkit.core.json.PipelineJson;
import io.crmkit.core.lead.Lead;
import io.crmkit.core.lead.LeadId;
import io.crmkit.core.party.AccountId;
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
import io.crmkit.core.usecase.CrmPorts;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;

import javax.sql.DataSource;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * crm-core's ports stored through Jakarta Persistence, in the schema of {@link CrmSchema}'s migrations:
 * <pre>{@code
 * EntityManagerFactory emf = JpaCrmPorts.entityManagerFactory(dataSource, Map.of());
 * JpaCrmPorts store = JpaCrmPorts.using(emf);
 * Crm crm = Crm.using(store.ports(Clock.systemUTC()));
 * OutboxRelay relay = store.relay(message -> broker.send(message), Clock.systemUTC());
 * }</pre>
 * Every aggregate is stored with optimistic locking (a lost race throws
 * {@link io.crmkit.core.shared.ConcurrentUpdateException}); domain events go to the outbox table in the same
 * transaction; a change the database refuses throws {@link StoreConstraintException}. Thread-safe.
 */
public final class JpaCrmPorts {

    /** The persistence unit of this module's {@code META-INF/persistence.xml}: every entity, no provider settings. */
    public static final String PERSISTENCE_UNIT = "crmkit";

    private final Session session;
    private final PipelineJson pipelineJson;
    private final Function<DomainEvent, String> eventSerializer;
    private final Optional<Function<Lead, Set<String>>> blockingKeys;

    private JpaCrmPorts(Session session, PipelineJson pipelineJson, Function<DomainEvent, String> eventSerializer) {
        this(session, pipelineJson, eventSerializer, Optional.empty());
    }

    private JpaCrmPorts(Session session, PipelineJson pipelineJson, Function<DomainEvent, String> eventSerializer,
                        Optional<Function<Lead, Set<String>>> blockingKeys) {
        this.session = session;
        this.pipelineJson = pipelineJson;
        this.eventSerializer = eventSerializer;
        this.blockingKeys = blockingKeys;
    }

    /** Ports that run their own resource-local transactions on {@code entityManagerFactory}. */
    public static JpaCrmPorts using(EntityManagerFactory entityManagerFactory) {
        return new JpaCrmPorts(new LocalSession(entityManagerFactory), PipelineJson.standard(), EventJson::write);
    }

    /**
     * Ports that join the host's transactions: {@code sharedEntityManager} is a transaction-bound proxy (Spring's
     * {@code @PersistenceContext} one) and {@code hostTransactions} runs work in a host transaction (Spring's
     * {@code TransactionTemplate}); the factory behind the entity manager must know this module's entities.
     */
    public static JpaCrmPorts using(EntityManager sharedEntityManager, Transactions hostTransactions) {
        return new JpaCrmPorts(new SharedSession(sharedEntityManager, hostTransactions), PipelineJson.standard(),
                EventJson::write);
    }

    /**
     * An entity manager factory of the {@link #PERSISTENCE_UNIT} on {@code dataSource}, from whichever Jakarta
     * Persistence provider is on the class path; {@code properties} add provider settings (batch size, schema
     * validation). The schema must have been migrated ({@link CrmSchema}).
     */
    public static EntityManagerFactory entityManagerFactory(DataSource dataSource, Map<String, ?> properties) {
        Objects.requireNonNull(dataSource, "dataSource");
        Map<String, Object> all = new HashMap<>(Objects.requireNonNull(properties, "properties"));
        all.put("jakarta.persistence.nonJtaDataSource", dataSource);
        all.put("jakarta.persistence.transactionType", "RESOURCE_LOCAL");
        return Persistence.createEntityManagerFactory(PERSISTENCE_UNIT, all);
    }

    /** A copy that reads and writes pipelines with {@code json} (one that knows the host's own stage criteria). */
    public JpaCrmPorts withPipelineJson(PipelineJson json) {
        return new JpaCrmPorts(session, Objects.requireNonNull(json, "json"), eventSerializer, blockingKeys);
    }

    /** A copy that stores events in the outbox as {@code serializer} writes them (JSON of the record by default). */
    public JpaCrmPorts withEventSerializer(Function<DomainEvent, String> serializer) {
        return new JpaCrmPorts(session, pipelineJson, Objects.requireNonNull(serializer, "serializer"), blockingKeys);
    }

    /**
     * A copy whose lead store also indexes every lead it saves by {@code matcher}'s blocking keys (in
     * {@code crm_lead_blocking_key}, in the save's transaction), for {@link #duplicateCandidates()}. Use the matcher
     * of the capture policy; leads saved without the index are not found as candidates until they are saved again.
     */
    public JpaCrmPorts withDuplicateIndex(Matcher matcher) {
        Objects.requireNonNull(matcher, "matcher");
        return new JpaCrmPorts(session, pipelineJson, eventSerializer, Optional.of(matcher::blockingKeys));
    }

    /**
     * Capture-time duplicate candidates ({@code crm.duplicates(store.duplicateCandidates())}): the stored leads sharing
     * a blocking key, read through the index of {@link #withDuplicateIndex}.
     *
     * @throws IllegalStateException if this store keeps no duplicate index
     */
    public DuplicateCandidates duplicateCandidates() {
        return duplicateIndex().orElseThrow(() -> new IllegalStateException(
                "duplicate candidates need the blocking-key index: use withDuplicateIndex(matcher) first"));
    }

    /** The public pools' entries in {@code crm_pool_entry}, claims logged in {@code crm_pool_claim}; pass it to {@code crm.pool(entries, rules)}. */
    public PooledAccounts pooledAccounts() {
        return new JpaPooledAccounts(session);
    }

    private Optional<DuplicateIndex> duplicateIndex() {
        return blockingKeys.map(keys -> new DuplicateIndex(session, keys));
    }

    /** Every port, dated by {@code clock}. */
    public CrmPorts ports(Clock clock) {
        return new CrmPorts(leads(), accounts(), contacts(), opportunities(), pipelines(), activities(), lifecycles(),
                events(), transactions(), clock);
    }

    /** Leads in {@code crm_lead}; {@code saveAll} writes new ones as JDBC batch inserts in the running transaction. */
    public Leads leads() {
        return new JpaLeads(session, duplicateIndex());
    }

    /** Accounts in {@code crm_account}. */
    public Accounts accounts() {
        return new JpaAccounts(session);
    }

    /** Contacts in {@code crm_contact}. */
    public Contacts contacts() {
        return new JpaContacts(session);
    }

    /** Opportunities in {@code crm_opportunity}. */
    public Opportunities opportunities() {
        return new JpaOpportunities(session);
    }

    /** Pipelines as JSON in {@code crm_pipeline}. */
    public Pipelines pipelines() {
        return new JpaPipelines(session, pipelineJson);
    }

    /** Activities in {@code crm_activity}; {@code saveAll} writes new ones as JDBC batch inserts in the running transaction. */
    public Activities activities() {
        return new JpaActivities(session);
    }

    /** Lifecycles in {@code crm_lifecycle}. */
    public CustomerLifecycles lifecycles() {
        return new JpaLifecycles(session);
    }

    /** The transactional outbox: events are stored with the change that caused them. */
    public DomainEvents events() {
        return new JpaOutbox(session, eventSerializer);
    }

    /** crm-pricing's ports on the same store, joining the same transactions. */
    public JpaPricingPorts pricing() {
        return new JpaPricingPorts(session);
    }

    /** The transactions every port here joins. */
    public Transactions transactions() {
        return session;
    }

    /** A relay of the outbox to {@code publisher}, marking events published at {@code clock}'s time. */
    public OutboxRelay relay(OutboxPublisher publisher, Clock clock) {
        return new OutboxRelay(session, publisher, clock);
    }

    /**
     * Up to {@code limit} leads in id order (which is capture order for time-ordered ids) after {@code after}:
     * keyset pagination, as fast on the last page as on the first.
     */
    public List<Lead> leadsAfter(Optional<LeadId> after, int limit) {
        requireLimit(limit);
        UUID from = Objects.requireNonNull(after, "after").map(LeadId::value).orElse(new UUID(0, 0));
        return session.call(em -> em.createQuery("select l from CrmLead l where l.id > :after order by l.id", LeadRow.class)
                .setParameter("after", from).setMaxResults(limit).getResultList().stream().map(LeadMapper::read).toList());
    }

    /** Up to {@code limit} activities of {@code account} in id order after {@code after}: keyset pagination. */
    public List<Activity> activitiesAfter(AccountId account, Optional<ActivityId> after, int limit) {
        Objects.requireNonNull(account, "account");
        requireLimit(limit);
        UUID from = Objects.requireNonNull(after, "after").map(ActivityId::value).orElse(new UUID(0, 0));
        return session.call(em -> em.createQuery("select a from CrmActivity a where a.account = :account and a.id > :after"
                        + " order by a.id", ActivityRow.class)
                .setParameter("account", account.value()).setParameter("after", from).setMaxResults(limit)
                .getResultList().stream().map(ActivityMapper::read).toList());
    }

    private static void requireLimit(int limit) {
        if (limit < 1 || limit > 10_000) {
            throw new IllegalArgumentException("limit must be in [1, 10000] but was " + limit);
        }
    }
}
