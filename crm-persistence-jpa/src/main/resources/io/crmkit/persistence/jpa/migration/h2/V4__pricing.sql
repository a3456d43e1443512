-- crm-pricing's ports: exchange rates, tax rates, prices paid with the segments that make accounts similar,
-- and quote versions (immutable snapshots: a header row, its promotion codes, its lines, their waterfall steps, bundle
-- component shares and warnings). Amounts are numeric(19, 4) with their currency beside them.

create table pricing_exchange_rate (
    id uuid not null,
    from_currency varchar(3) not null,
    to_currency varchar(3) not null,
    rate_date date not null,
    rate numeric(24, 10) not null,
    constraint pricing_exchange_rate_pk primary key (id),
    -- one rate per pair and day; also the index of "the latest rate on or before a day"
    constraint pricing_exchange_rate_uk unique (from_currency, to_currency, rate_date)
);

create table pricing_tax_rate (
    id uuid not null,
    region varchar(64) not null,
    category varchar(200) not null,
    valid_from date not null,
    rate numeric(9, 6) not null,
    constraint pricing_tax_rate_pk primary key (id),
    -- one rate per region, category and start; its leading region column serves the lookup by region
    constraint pricing_tax_rate_uk unique (region, category, valid_from)
);

create table pricing_paid_price (
    id uuid not null,
    account_id uuid not null,
    product_id uuid not null,
    unit_price_amount numeric(19, 4) not null,
    unit_price_currency varchar(3) not null,
    quantity bigint not null,
    paid_on date not null,
    constraint pricing_paid_price_pk primary key (id)
);

-- what one account paid for one product, newest first (and, per peer, what similar accounts paid)
create index pricing_paid_price_account_ix on pricing_paid_price (account_id, product_id, paid_on);

create table pricing_account_segment (
    account_id uuid not null,
    segment varchar(100) not null,
    constraint pricing_account_segment_pk primary key (account_id)
);

create index pricing_account_segment_ix on pricing_account_segment (segment);

create table pricing_quote_version (
    id uuid not null,
    quote_id uuid not null,
    version_number integer not null,
    account_id uuid not null,
    tier varchar(20) not null,
    region varchar(200) not null,
    channel varchar(200) not null,
    partner_discount numeric(9, 6) not null,
    distributor_discount numeric(9, 6) not null,
    currency varchar(3) not null,
    pricing_date date not null,
    valid_until date not null,
    list_amount numeric(19, 4) not null,
    net_amount numeric(19, 4) not null,
    tax_amount numeric(19, 4) not null,
    grand_total_amount numeric(19, 4) not null,
    cost_amount numeric(19, 4) not null,
    created_at timestamp(6) with time zone not null,
    quote_created_at timestamp(6) with time zone not null,
    constraint pricing_quote_version_pk primary key (id),
    -- a version is saved once: a second save of the same number fails here (optimistic concurrency);
    -- also the index of the lookups by quote
    constraint pricing_quote_version_uk unique (quote_id, version_number)
);

-- an account's quotes
create index pricing_quote_version_account_ix on pricing_quote_version (account_id, quote_id, version_number);

create table pricing_quote_buyer_group (
    version_id uuid not null,
    group_name varchar(200) not null,
    constraint pricing_quote_buyer_group_pk primary key (version_id, group_name),
    constraint pricing_quote_buyer_group_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);

-- the promotion codes a version was priced with, in the order they apply
create table pricing_quote_promotion (
    version_id uuid not null,
    position integer not null,
    code varchar(32) not null,
    constraint pricing_quote_promotion_pk primary key (version_id, position),
    constraint pricing_quote_promotion_uk unique (version_id, code),
    constraint pricing_quote_promotion_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);

create table pricing_quote_line (
    version_id uuid not null,
    position integer not null,
    group_name varchar(200) not null,
    line_key varchar(200) not null,
    product_id uuid not null,
    quantity bigint not null,
    options varchar(4000) not null,
    discount_kind varchar(20),
    discount_percent numeric(9, 6),
    discount_amount numeric(19, 4),
    discount_currency varchar(3),
    prior_quantity bigint not null,
    term_months bigint not null,
    below_floor_approved boolean not null,
    sku varchar(200) not null,
    priced_product_id uuid not null,
    priced_quantity bigint not null,
    stage_order varchar(100) not null,
    cost_amount numeric(19, 4) not null,
    cost_currency varchar(3) not null,
    floor_amount numeric(19, 4),
    floor_currency varchar(3),
    tax_rate numeric(13, 6) not null,
    tax_amount numeric(19, 4) not null,
    tax_currency varchar(3) not null,
    constraint pricing_quote_line_pk primary key (version_id, position),
    constraint pricing_quote_line_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);

create table pricing_quote_step (
    version_id uuid not null,
    position integer not null,
    line_position integer not null,
    stage varchar(20) not null,
    source varchar(400) not null,
    explanation varchar(4000) not null,
    amount numeric(19, 4) not null,
    currency varchar(3) not null,
    constraint pricing_quote_step_pk primary key (version_id, position),
    constraint pricing_quote_step_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);

create table pricing_quote_component (
    version_id uuid not null,
    position integer not null,
    line_position integer not null,
    product_id uuid not null,
    quantity bigint not null,
    amount numeric(19, 4) not null,
    currency varchar(3) not null,
    constraint pricing_quote_component_pk primary key (version_id, position),
    constraint pricing_quote_component_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);

create table pricing_quote_warning (
    version_id uuid not null,
    position integer not null,
    line_position integer,
    kind varchar(40) not null,
    message varchar(4000) not null,
    constraint pricing_quote_warning_pk primary key (version_id, position),
    constraint pricing_quote_warning_version_fk foreign key (version_id) references pricing_quote_version (id) on delete cascade
);
