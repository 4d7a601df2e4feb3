-- What funding reads of a track besides its rule and budget: the materials a claim carries (each
-- {id, zh, en, required}) and the implementation period (the years the qualifying work falls in).
-- Null for tracks recorded from messages that did not carry them.
alter table funding_track add column materials jsonb;
alter table funding_track add column implementation_start_year integer;
alter table funding_track add column implementation_end_year integer;

-- The data-IP securitisation subsidy (DATA-IP-SECURITISATION): one row per call year, created on
-- the year's first claim. Every change to the year's claims takes this row's lock first, so claims
-- are numbered and reserved one at a time in filing order. cap is what the year's claims may
-- reserve in total (the lower of the rule's annual cap and the track's budget); ledger_clock is
-- the time of the year's latest ledger transaction, so the ledger replays them in the order made.
create table securitisation_year (
    call_year     integer primary key,
    cap           numeric(14, 2) not null check (cap >= 0),
    last_sequence integer        not null default 0 check (last_sequence >= 0),
    ledger_clock  timestamptz
);

create table securitisation_claim (
    id               uuid primary key,
    call_year        integer        not null references securitisation_year (call_year),
    sequence         integer        not null check (sequence > 0),
    rule_version     integer        not null,
    organisation_id  uuid           not null,
    credit_code      char(18)       not null,
    legal_name       text           not null,
    product_name     text           not null check (length(btrim(product_name)) between 1 and 200),
    product_code     text           not null check (length(btrim(product_code)) between 1 and 64),
    issuance_amount  numeric(16, 2) not null check (issuance_amount > 0),
    issue_date       date           not null,
    end_date         date           not null,
    financing_amount numeric(16, 2) not null check (financing_amount > 0),
    uncapped_subsidy numeric(14, 2) not null check (uncapped_subsidy > 0),
    reserved_amount  numeric(14, 2) not null check (reserved_amount >= 0),
    status           text           not null check (status in ('RESERVED', 'RESERVED_PARTIAL',
                                                               'QUEUED', 'VOIDED', 'PAID')),
    void_reason      text,
    voided_by        text,
    voided_at        timestamptz,
    filed_by         text           not null,
    filed_at         timestamptz    not null,
    unique (call_year, sequence),
    check (end_date > issue_date),
    check (financing_amount <= issuance_amount),
    check (reserved_amount <= uncapped_subsidy),
    check ((status = 'VOIDED') = (void_reason is not null)),
    check (status <> 'VOIDED' or reserved_amount = 0),
    check (status <> 'QUEUED' or reserved_amount = 0),
    check (status <> 'RESERVED' or reserved_amount = uncapped_subsidy),
    check (status <> 'RESERVED_PARTIAL' or (reserved_amount > 0
                                            and reserved_amount < uncapped_subsidy)),
    check (status <> 'PAID' or reserved_amount > 0)
);

-- One live claim per organisation and product.
create unique index securitisation_claim_once_per_product
    on securitisation_claim (organisation_id, product_code) where status <> 'VOIDED';
create index securitisation_claim_by_organisation on securitisation_claim (organisation_id);

-- The year's claims never reserve more than its cap (a paid claim keeps its paid amount reserved),
-- checked when the transaction commits, whatever wrote the rows.
create function securitisation_within_cap() returns trigger language plpgsql as $$
declare
    year_cap numeric;
    total    numeric;
begin
    select y.cap into year_cap from securitisation_year y where y.call_year = new.call_year;
    select coalesce(sum(c.reserved_amount), 0) into total
    from securitisation_claim c where c.call_year = new.call_year and c.status <> 'VOIDED';
    if total > year_cap then
        raise exception 'securitisation claims of % reserve % beyond the year''s cap %',
            new.call_year, total, year_cap using errcode = '23514';
    end if;
    return null;
end;
$$;

create constraint trigger securitisation_claims_within_cap
    after insert or update on securitisation_claim
    deferrable initially deferred for each row execute function securitisation_within_cap();
create constraint trigger securitisation_year_cap_holds
    after update on securitisation_year
    deferrable initially deferred for each row execute function securitisation_within_cap();

-- The materials filed with a claim, one file per material; never changed.
create table securitisation_claim_material (
    claim_id     uuid        not null references securitisation_claim (id),
    material_id  text        not null,
    filename     text        not null,
    content_type text        not null,
    size         bigint      not null check (size > 0),
    sha256       char(64)    not null,
    content      bytea       not null,
    primary key (claim_id, material_id)
);
create trigger securitisation_claim_material_append_only
    before update or delete on securitisation_claim_material
    for each row execute function payment_is_append_only();

-- A default or an overdue repayment of the claim's product: the claim can no longer be paid.
create table securitisation_repayment_incident (
    id          uuid primary key,
    claim_id    uuid        not null references securitisation_claim (id),
    kind        text        not null check (kind in ('DEFAULT', 'OVERDUE')),
    occurred_on date        not null,
    note        text        not null check (length(btrim(note)) > 0),
    recorded_by text        not null,
    recorded_at timestamptz not null
);
create index securitisation_incident_by_claim on securitisation_repayment_incident (claim_id);
create trigger securitisation_incident_append_only
    before update or delete on securitisation_repayment_incident
    for each row execute function payment_is_append_only();
