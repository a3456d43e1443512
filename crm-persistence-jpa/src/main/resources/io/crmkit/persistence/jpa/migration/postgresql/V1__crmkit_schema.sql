-- crmkit schema, version 1: one table per aggregate, child tables for the lists inside an aggregate,
-- pipelines as JSON documents, and the transactional outbox. Ids are time-ordered UUIDs (version 7).

create table crm_account (
    id uuid not null,
    version bigint not null,
    name varchar(200) not null,
    roles varchar(200) not null,
    industry varchar(200),
    size_band varchar(20),
    region varchar(200),
    website varchar(200),
    company_phone varchar(20),
    street varchar(200),
    postal_code varchar(200),
    city varchar(200),
    address_region varchar(200),
    country varchar(2),
    tier varchar(20) not null,
    owner_id uuid not null,
    parent_id uuid,
    tags varchar(2000) not null,
    created_at timestamp(6) with time zone not null,
    constraint crm_account_pk primary key (id)
);

create table crm_lead (
    id uuid not null,
    version bigint not null,
    status varchar(20) not null,
    source varchar(30) not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    email varchar(254),
    phone varchar(20),
    title varchar(200),
    company varchar(200),
    industry varchar(200),
    size_band varchar(20),
    region varchar(200),
    website varchar(200),
    company_phone varchar(20),
    street varchar(200),
    postal_code varchar(200),
    city varchar(200),
    address_region varchar(200),
    country varchar(2),
    budget_amount numeric(19, 4),
    budget_currency varchar(3),
    authority varchar(20),
    need varchar(1000),
    decision_timeline date,
    owner_id uuid,
    tags varchar(2000) not null,
    converted_account_id uuid,
    converted_contact_id uuid,
    converted_opportunity_id uuid,
    captured_at timestamp(6) with time zone not null,
    status_changed_at timestamp(6) with time zone not null,
    constraint crm_lead_pk primary key (id)
);
create index crm_lead_email_ix on crm_lead (email, captured_at);

create table crm_lead_disqualification (
    lead_id uuid not null,
    position integer not null,
    reason varchar(30) not null,
    detail varchar(500) not null,
    constraint crm_lead_disqualification_pk primary key (lead_id, position),
    constraint crm_lead_disqualification_lead_fk foreign key (lead_id) references crm_lead (id) on delete cascade
);

create table crm_contact (
    id uuid not null,
    version bigint not null,
    first_name varchar(100) not null,
    last_name varchar(100) not null,
    email varchar(254),
    phone varchar(20),
    title varchar(200),
    decision_role varchar(20),
    owner_id uuid not null,
    created_at timestamp(6) with time zone not null,
    constraint crm_contact_pk primary key (id)
);
create index crm_contact_email_ix on crm_contact (email, created_at);

create table crm_contact_account (
    contact_id uuid not null,
    account_id uuid not null,
    constraint crm_contact_account_pk primary key (contact_id, account_id),
    constraint crm_contact_account_contact_fk foreign key (contact_id) references crm_contact (id) on delete cascade,
    constraint crm_contact_account_account_fk foreign key (account_id) references crm_account (id)
);
create index crm_contact_account_account_ix on crm_contact_account (account_id);

create table crm_opportunity (
    id uuid not null,
    version bigint not null,
    pipeline_id uuid not null,
    name varchar(200) not null,
    account_id uuid not null,
    owner_id uuid not null,
    stage varchar(64) not null,
    status varchar(20) not null,
    amount numeric(19, 4),
    currency varchar(3),
    expected_close date,
    primary_contact_id uuid,
    closing_outcome varchar(20),
    closing_reason varchar(500),
    closing_competitor varchar(200),
    closed_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    constraint crm_opportunity_pk primary key (id),
    constraint crm_opportunity_account_fk foreign key (account_id) references crm_account (id)
);
create index crm_opportunity_account_ix on crm_opportunity (account_id, created_at);

create table crm_opportunity_decision_chain (
    opportunity_id uuid not null,
    position integer not null,
    contact_id uuid not null,
    role varchar(20) not null,
    constraint crm_opportunity_decision_chain_pk primary key (opportunity_id, position),
    constraint crm_opportunity_decision_chain_opportunity_fk foreign key (opportunity_id) references crm_opportunity (id) on delete cascade
);

create table crm_opportunity_line (
    opportunity_id uuid not null,
    position integer not null,
    product_id uuid not null,
    quantity numeric(19, 6) not null,
    unit_price_amount numeric(19, 4),
    unit_price_currency varchar(3),
    constraint crm_opportunity_line_pk primary key (opportunity_id, position),
    constraint crm_opportunity_line_opportunity_fk foreign key (opportunity_id) references crm_opportunity (id) on delete cascade
);

create table crm_opportunity_stage_change (
    opportunity_id uuid not null,
    position integer not null,
    from_stage varchar(64),
    to_stage varchar(64) not null,
    changed_at timestamp(6) with time zone not null,
    constraint crm_opportunity_stage_change_pk primary key (opportunity_id, position),
    constraint crm_opportunity_stage_change_opportunity_fk foreign key (opportunity_id) references crm_opportunity (id) on delete cascade
);

create table crm_activity (
    id uuid not null,
    version bigint not null,
    type varchar(20) not null,
    subject varchar(300) not null,
    lead_id uuid,
    account_id uuid,
    contact_id uuid,
    opportunity_id uuid,
    owner_id uuid not null,
    status varchar(20) not null,
    due_at timestamp(6) with time zone,
    outcome varchar(2000),
    completed_at timestamp(6) with time zone,
    created_at timestamp(6) with time zone not null,
    constraint crm_activity_pk primary key (id)
);
create index crm_activity_account_ix on crm_activity (account_id, created_at);
create index crm_activity_lead_ix on crm_activity (lead_id, created_at);
create index crm_activity_owner_status_ix on crm_activity (owner_id, status);

create table crm_lifecycle (
    account_id uuid not null,
    version bigint not null,
    stage varchar(30) not null,
    constraint crm_lifecycle_pk primary key (account_id),
    constraint crm_lifecycle_account_fk foreign key (account_id) references crm_account (id)
);

create table crm_lifecycle_change (
    account_id uuid not null,
    position integer not null,
    from_stage varchar(30),
    to_stage varchar(30) not null,
    cause varchar(500) not null,
    changed_at timestamp(6) with time zone not null,
    constraint crm_lifecycle_change_pk primary key (account_id, position),
    constraint crm_lifecycle_change_lifecycle_fk foreign key (account_id) references crm_lifecycle (account_id) on delete cascade
);

create table crm_pipeline (
    id uuid not null,
    name varchar(100) not null,
    document varchar(1000000) not null,
    first_saved uuid not null,
    constraint crm_pipeline_pk primary key (id)
);

create table crm_outbox (
    id uuid not null,
    dedupe_key varchar(100) not null,
    event_type varchar(200) not null,
    payload varchar(1000000) not null,
    occurred_at timestamp(6) with time zone not null,
    published_at timestamp(6) with time zone,
    attempts integer not null,
    constraint crm_outbox_pk primary key (id),
    constraint crm_outbox_dedupe_key_uk unique (dedupe_key)
);
-- only the events still to relay are indexed
create index crm_outbox_pending_ix on crm_outbox (id) where published_at is null;
