-- An award from review becomes a grant with a schedule of tranches built from the track's
-- funding rule.
create table grant_award (
    application_id       uuid primary key,
    reference            text           not null,
    call_year            integer        not null,
    track_code           text           not null,
    rule_version         integer        not null,
    lead_organisation_id uuid           not null,
    lead_credit_code     char(18)       not null,
    awarded_amount       numeric(14, 2) not null check (awarded_amount >= 0),
    committed_amount     numeric(14, 2) not null check (committed_amount >= 0),
    funding_rule         jsonb          not null,
    status               text           not null check (status in ('ACTIVE', 'REFUSED_OVER_BUDGET')),
    refusal              text,
    awarded_at           timestamptz    not null
);

create index grant_award_by_track on grant_award (call_year, track_code);

create table grant_tranche (
    application_id uuid           not null references grant_award (application_id),
    sequence       integer        not null,
    trigger_kind   text           not null,
    amount         numeric(14, 2) check (amount >= 0),
    minimum        numeric(14, 2),
    maximum        numeric(14, 2),
    status         text           not null check (status in ('PLANNED', 'DUE', 'LAPSED', 'PAID')),
    description_zh text           not null,
    description_en text           not null,
    changed_at     timestamptz    not null,
    primary key (application_id, sequence)
);
