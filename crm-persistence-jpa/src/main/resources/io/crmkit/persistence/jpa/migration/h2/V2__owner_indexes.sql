-- The owner queries of the lead, account and opportunity ports (hand-over when an owner leaves).
create index crm_lead_owner_ix on crm_lead (owner_id, captured_at);
create index crm_account_owner_ix on crm_account (owner_id, created_at);
create index crm_opportunity_owner_ix on crm_opportunity (owner_id, created_at);
