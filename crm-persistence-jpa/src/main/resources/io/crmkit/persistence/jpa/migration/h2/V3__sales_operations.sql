-- Sales operations: the public pools (PooledAccounts) and the blocking keys of capture-time duplicate checks
-- (DuplicateCandidates).

-- A customer's place in a public pool, keyed by its account; versioned like every aggregate.
create table crm_pool_entry (
    account_id uuid not null,
    version bigint not null,
    pool varchar(100) not null,
    tier varchar(20) not null,
    holder_id uuid,
    held_since timestamp(6) with time zone,
    reminded_for timestamp(6) with time zone,
    last_claim_by uuid,
    last_claim_at timestamp(6) with time zone,
    released_by uuid,
    released_at timestamp(6) with time zone,
    release_reason varchar(500),
    locked boolean not null,
    won_at timestamp(6) with time zone,
    constraint crm_pool_entry_pk primary key (account_id),
    constraint crm_pool_entry_account_fk foreign key (account_id) references crm_account (id)
);
-- heldBy(owner) and held(pool)
create index crm_pool_entry_holder_ix on crm_pool_entry (holder_id, held_since);
create index crm_pool_entry_pool_held_ix on crm_pool_entry (pool, held_since);

-- Every claim ever made, kept when the customer changes hands again: a rep's claims per day are counted here.
create table crm_pool_claim (
    id uuid not null,
    account_id uuid not null,
    claimed_by uuid not null,
    claimed_at timestamp(6) with time zone not null,
    constraint crm_pool_claim_pk primary key (id),
    constraint crm_pool_claim_entry_fk foreign key (account_id) references crm_pool_entry (account_id)
);
create index crm_pool_claim_by_ix on crm_pool_claim (claimed_by, claimed_at);

-- One row per rep who claims: locked while their claims are counted, so one rep's claims are serialised.
create table crm_pool_claimant (
    user_id uuid not null,
    constraint crm_pool_claimant_pk primary key (user_id)
);

-- The blocking keys of each stored lead (as the capture policy's matcher gives them), looked up by key.
create table crm_lead_blocking_key (
    lead_id uuid not null,
    blocking_key varchar(400) not null,
    constraint crm_lead_blocking_key_pk primary key (lead_id, blocking_key),
    constraint crm_lead_blocking_key_lead_fk foreign key (lead_id) references crm_lead (id) on delete cascade
);
create index crm_lead_blocking_key_key_ix on crm_lead_blocking_key (blocking_key);
