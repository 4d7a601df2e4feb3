-- Fund-use supervision: the tranches paid and the expenditure recorded, as funding-service reported
-- them; flags are kept in fund_flag.
create table fund_disbursement (
    payment_id        uuid primary key,
    grant_id          uuid           not null,
    tranche_sequence  integer,
    amount            numeric(14, 2) not null,
    offset_amount     numeric(14, 2) not null default 0,
    cash_amount       numeric(14, 2) not null,
    payment_reference text           not null,
    paid_on           date           not null,
    recorded_at       timestamptz    not null
);
create index fund_disbursement_by_grant on fund_disbursement (grant_id, paid_on);

create table fund_expenditure (
    expenditure_id       uuid primary key,
    project_id           uuid           not null references monitored_project (project_id),
    category             text           not null,
    amount               numeric(14, 2) not null,
    spent_on             date           not null,
    payee                text,
    description          text,
    voucher_sha256       text,
    approved_in_category numeric(14, 2),
    spent_in_category    numeric(14, 2),
    recorded_by          text,
    recorded_at          timestamptz    not null
);
create index fund_expenditure_by_project on fund_expenditure (project_id, spent_on);

create index fund_flag_by_status on fund_flag (status);
