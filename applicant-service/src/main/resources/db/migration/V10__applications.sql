-- The calls' rules as program-service publishes them, one row per rule version, and each call's
-- state and window: what submissions are judged by when program-service cannot be reached.
create table replicated_call_version (
    call_year    integer     not null,
    rule_version integer     not null,
    exclusivity  jsonb       not null,
    tracks       jsonb       not null,
    published_at timestamptz not null,
    primary key (call_year, rule_version)
);

create table replicated_call_state (
    call_year             integer primary key,
    state                 text        not null,
    rule_version          integer     not null,
    application_opens_at  timestamptz,
    application_closes_at timestamptz,
    changed_at            timestamptz not null
);

-- Applications, from draft to submission and after.
create sequence application_reference_seq;

create table application (
    id                    uuid primary key,
    reference             text unique,
    call_year             integer     not null,
    track_code            text        not null,
    lead_organisation_id  uuid        not null references organisation (id),
    status                text        not null,
    rule_version          integer,
    title                 text        not null check (length(title) between 1 and 200),
    summary               text        check (length(summary) <= 5000),
    requested_amount      numeric(14, 2) check (requested_amount > 0),
    implementation_start  date,
    implementation_end    date,
    plan                  jsonb       not null,
    budget                jsonb       not null,
    declarations          jsonb       not null,
    criteria_to_confirm   jsonb,
    created_by            text        not null,
    created_at            timestamptz not null,
    updated_at            timestamptz not null,
    submitted_by          text,
    submitted_at          timestamptz,
    check (implementation_end is null or implementation_start is null
           or implementation_end >= implementation_start)
);

create index application_by_lead on application (lead_organisation_id, call_year);

-- The database's own guard of "one application per organisation and track": at most one that is
-- submitted and not withdrawn.
create unique index application_one_per_track on application (lead_organisation_id, call_year, track_code)
    where status not in ('DRAFT', 'WITHDRAWN');

create table application_participant (
    application_id   uuid        not null references application (id),
    organisation_id  uuid        not null references organisation (id),
    participant_role text        not null check (length(participant_role) between 1 and 100),
    division_of_work text        not null check (length(division_of_work) between 1 and 2000),
    position         integer     not null,
    confirmed_by     text,
    confirmed_at     timestamptz,
    primary key (application_id, organisation_id)
);

create index application_participant_by_organisation on application_participant (organisation_id);

create table application_material (
    application_id uuid        not null references application (id),
    material_id    text        not null,
    document_id    uuid        not null,
    filename       text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null,
    sha256         char(64)    not null,
    attached_by    text        not null,
    attached_at    timestamptz not null,
    primary key (application_id, material_id)
);

-- The application's story: every step with its date, including those other services report.
create table application_history (
    id             bigint generated always as identity primary key,
    application_id uuid        not null references application (id),
    status         text        not null,
    amount         numeric(14, 2),
    reason         text,
    reported_by    text        not null,
    occurred_at    timestamptz not null,
    recorded_at    timestamptz not null default now()
);

create index application_history_by_application on application_history (application_id, occurred_at, id);

-- Organisations the bureau barred from applying after a failed acceptance.
create table organisation_bar (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    application_id  uuid        not null references application (id),
    reason          text        not null check (length(reason) between 1 and 2000),
    barred_until    date,
    barred_by       text        not null,
    barred_at       timestamptz not null,
    lifted_at       timestamptz
);

create index organisation_bar_by_organisation on organisation_bar (organisation_id);
