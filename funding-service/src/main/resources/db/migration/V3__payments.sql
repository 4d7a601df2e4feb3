-- A grant whose acceptance failed finally keeps its record; what it had not been paid is released.
alter table grant_award drop constraint grant_award_status_check;
alter table grant_award add constraint grant_award_status_check
    check (status in ('ACTIVE', 'REFUSED_OVER_BUDGET', 'FAILED_ACCEPTANCE'));
alter table grant_award add column on_hold boolean not null default false;

-- The tranche statuses: LAPSED also for what a failed acceptance leaves unpaid.
-- (PLANNED, DUE, LAPSED, PAID are unchanged.)

-- Holds on a grant (a RED risk alert from monitoring, or an officer) and their lifting: a history,
-- newest last; the grant is on hold while its newest entry is a HOLD.
create table grant_hold (
    id             bigint generated always as identity primary key,
    application_id uuid        not null references grant_award (application_id),
    action         text        not null check (action in ('HOLD', 'LIFT')),
    source         text        not null check (source in ('RISK_ALERT', 'OFFICER')),
    reason         text        not null check (length(btrim(reason)) > 0),
    by_subject     text,
    at             timestamptz not null
);
create index grant_hold_by_grant on grant_hold (application_id, id);

-- Payments: one per tranche, never two, whatever the requests.
create table payment (
    id                uuid primary key,
    kind              text           not null check (kind in ('TRANCHE', 'SECURITISATION_SUBSIDY')),
    grant_id          uuid           not null,
    tranche_sequence  integer,
    organisation_id   uuid           not null,
    credit_code       char(18)       not null,
    amount            numeric(14, 2) not null check (amount > 0),
    offset_amount     numeric(14, 2) not null check (offset_amount >= 0 and offset_amount <= amount),
    payment_reference text           not null unique,
    paid_on           date           not null,
    credit_check_id   uuid           not null,
    paid_by           text           not null,
    recorded_at       timestamptz    not null,
    check ((kind = 'TRANCHE') = (tranche_sequence is not null))
);
create unique index payment_once_per_tranche on payment (grant_id, tranche_sequence)
    where kind = 'TRANCHE';
create unique index payment_once_per_claim on payment (grant_id)
    where kind = 'SECURITISATION_SUBSIDY';
create index payment_by_organisation on payment (organisation_id);

create function payment_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'payments are append-only: % on % is refused', tg_op, tg_table_name
        using errcode = '42501';
end;
$$;
create trigger payment_append_only before update or delete on payment
    for each row execute function payment_is_append_only();

-- AGENCY-BRAND: what an officer recorded of the agency's 2026 revenue and statistics.
create table threshold_record (
    application_id   uuid primary key references grant_award (application_id),
    revenue          numeric(16, 2) not null check (revenue >= 0),
    in_statistics    boolean        not null,
    met              boolean        not null,
    note             text           not null,
    recorded_by      text           not null,
    recorded_at      timestamptz    not null
);

-- Recovery orders raised when an acceptance fails finally; repaid in cash or offset against other
-- payments of the same organisation (the ledger's RECOVERIES_DUE account holds what is still owed).
create table recovery_order (
    application_id    uuid primary key references grant_award (application_id),
    organisation_id   uuid           not null,
    paid              numeric(14, 2) not null check (paid >= 0),
    eligible_spending numeric(14, 2) not null check (eligible_spending >= 0),
    amount            numeric(14, 2) not null check (amount >= 0),
    reason            text           not null,
    ordered_at        timestamptz    not null
);
create index recovery_order_by_organisation on recovery_order (organisation_id);

create table recovery_repayment (
    id                uuid primary key,
    application_id    uuid           not null references recovery_order (application_id),
    kind              text           not null check (kind in ('REPAYMENT', 'OFFSET')),
    amount            numeric(14, 2) not null check (amount > 0),
    reference         text           not null unique,
    received_on       date           not null,
    recorded_by       text           not null,
    recorded_at       timestamptz    not null
);

-- The approved budget of each submitted application, by category (from applicant-service).
create table approved_budget (
    application_id uuid           not null,
    category       text           not null,
    amount         numeric(14, 2) not null check (amount >= 0),
    note           text,
    submitted_at   timestamptz    not null,
    primary key (application_id, category)
);

-- What funded units spent, against their approved categories, with the voucher.
create table expenditure (
    id                 uuid primary key,
    application_id     uuid           not null references grant_award (application_id),
    category           text           not null,
    amount             numeric(14, 2) not null check (amount > 0),
    spent_on           date           not null,
    payee              text           not null,
    description        text           not null,
    voucher_filename   text           not null,
    voucher_type       text           not null,
    voucher_size       bigint         not null,
    voucher_sha256     char(64)       not null,
    voucher_content    bytea          not null,
    recorded_by        text           not null,
    recorded_at        timestamptz    not null
);
create index expenditure_by_grant on expenditure (application_id, category);
create trigger expenditure_append_only before update or delete on expenditure
    for each row execute function payment_is_append_only();
