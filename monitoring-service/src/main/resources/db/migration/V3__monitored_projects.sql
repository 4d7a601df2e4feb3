-- Which tracks of each call are monitored, from the catalogue.
create table monitored_track (
    call_year  integer not null,
    track_code text    not null,
    monitored  boolean not null,
    primary key (call_year, track_code)
);

-- Each submitted application's plan and budget, as submitted (the newest submission wins).
create table submitted_plan (
    application_id       uuid primary key,
    implementation_start date        not null,
    implementation_end   date        not null,
    plan                 jsonb       not null,
    budget               jsonb       not null,
    submitted_at         timestamptz not null
);

-- A funded project of a monitored track, tracked by a risk-control firm.
create table monitored_project (
    project_id         uuid primary key,
    reference          text           not null,
    call_year          integer        not null,
    track_code         text           not null,
    organisation_id    uuid           not null,
    credit_code        char(18)       not null,
    awarded_amount     numeric(14, 2) not null,
    status             text           not null check (status in ('ACTIVE', 'CLOSED')),
    credit_record      boolean        not null default false,
    colour             text           not null default 'GREEN'
                                      check (colour in ('GREEN', 'YELLOW', 'RED')),
    colour_reasons     jsonb          not null default '[]',
    colour_rules       text           not null default '',
    colour_changed_at  timestamptz,
    started_at         timestamptz    not null
);
create index monitored_project_by_track on monitored_project (call_year, track_code);

-- Every colour a project has had, with the reasons and the rules that produced it.
create table colour_change (
    id           bigint generated always as identity primary key,
    project_id   uuid        not null references monitored_project (project_id),
    colour       text        not null,
    previous     text,
    reasons      jsonb       not null,
    rules        text        not null,
    changed_at   timestamptz not null
);

-- A quarter's tracking round: every active project reports by the deadline.
create table tracking_round (
    quarter         text primary key check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    review_date     date        not null unique,
    report_deadline date        not null,
    opened_by       text        not null,
    opened_at       timestamptz not null
);

-- What the unit reported and the firm verified for a project in a round.
create table round_report (
    project_id          uuid        not null references monitored_project (project_id),
    quarter             text        not null references tracking_round (quarter),
    unit_tasks          jsonb,
    unit_note           text,
    unit_evidence       jsonb,
    unit_reported_by    text,
    unit_reported_at    timestamptz,
    late                boolean     not null default false,
    verified_tasks      jsonb,
    verification_method text check (verification_method in ('SITE_VISIT', 'DOCUMENT_CHECK',
                                                             'INTERVIEW')),
    verification_note   text,
    verified_by         text,
    verified_at         timestamptz,
    primary key (project_id, quarter)
);

alter table progress_ledger_entry add column quarter text;

-- Warning notices (预警告知书) and their rectification plans (整改方案).
create table warning_notice (
    id                 uuid primary key,
    project_id         uuid           not null references monitored_project (project_id),
    quarter            text           not null,
    review_date        date           not null,
    planned_completion numeric(5, 2)  not null,
    actual_completion  numeric(5, 2)  not null,
    lag_points         numeric(5, 2)  not null,
    rectification_due  date           not null,
    status             text           not null check (status in ('OPEN', 'PLAN_FILED',
                                                                 'PLAN_ACCEPTED', 'CLOSED',
                                                                 'OVERDUE')),
    issued_at          timestamptz    not null,
    closed_at          timestamptz,
    closing_reason     text
);
create index warning_notice_by_project on warning_notice (project_id);

create table rectification_plan (
    id          uuid primary key,
    notice_id   uuid        not null references warning_notice (id),
    content     text        not null,
    measures    jsonb       not null,
    filed_by    text        not null,
    filed_at    timestamptz not null,
    decision    text check (decision in ('ACCEPTED', 'RETURNED')),
    decided_by  text,
    decided_at  timestamptz,
    decision_reason text
);
create index rectification_plan_by_notice on rectification_plan (notice_id);

-- Risk-disposal recommendations to the bureau for seriously lagging or deviating projects.
create table disposal_recommendation (
    id             uuid primary key,
    project_id     uuid        not null references monitored_project (project_id),
    reasons        jsonb       not null,
    status         text        not null check (status in ('OPEN', 'HANDLED')),
    recommended_at timestamptz not null,
    handled_by     text,
    handled_at     timestamptz,
    decision       text
);

-- Fund-use flags raised from disbursements and expenditure; the firm confirms or dismisses each.
create table fund_flag (
    id                uuid primary key,
    project_id        uuid           not null references monitored_project (project_id),
    kind              text           not null,
    expenditure_id    uuid,
    amount            numeric(14, 2),
    detail            text           not null,
    status            text           not null check (status in ('OPEN', 'CONFIRMED', 'DISMISSED')),
    misappropriation  boolean        not null default false,
    resolution_reason text,
    resolved_by       text,
    resolved_at       timestamptz,
    raised_at         timestamptz    not null,
    unique (expenditure_id, kind)
);
create index fund_flag_by_project on fund_flag (project_id);
