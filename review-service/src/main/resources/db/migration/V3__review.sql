-- The tracks of each call version as program-service published them: rules, funding rule and
-- budget, for formal checks, amounts and the award cut-off.
create table review_track (
    call_year        integer     not null,
    rule_version     integer     not null,
    track_code       text        not null,
    name_zh          text        not null,
    funding_rule     jsonb       not null,
    rules            jsonb,
    budget           numeric(14, 2),
    planned_projects integer,
    primary key (call_year, rule_version, track_code)
);

-- Where each submitted application is in review.
alter table submitted_application drop constraint submitted_application_status_check;
alter table submitted_application add constraint submitted_application_status_check
    check (status in ('SUBMITTED', 'WITHDRAWN', 'FORMAL_CHECK_PASSED', 'FORMAL_CHECK_FAILED',
                      'UNDER_REVIEW', 'SCORED', 'APPROVED', 'REJECTED'));
alter table submitted_application add column final_score numeric(6, 2);

-- 形式审查: one task per submitted application, one item per criterion to confirm and material.
create table formal_check_item (
    application_id uuid        not null references submitted_application (application_id),
    item_id        text        not null,
    item_kind      text        not null check (item_kind in ('CRITERION', 'MATERIAL')),
    label_zh       text        not null,
    label_en       text,
    result         text        check (result in ('PASS', 'FAIL')),
    note           text        check (length(note) <= 2000),
    marked_by      text,
    marked_at      timestamptz,
    primary key (application_id, item_id)
);

create table formal_check (
    application_id uuid primary key references submitted_application (application_id),
    outcome        text        check (outcome in ('PASSED', 'FAILED')),
    concluded_by   text,
    concluded_at   timestamptz
);

-- The expert pool.
create table expert (
    id                       uuid primary key,
    user_subject             text        not null unique,
    name                     text        not null check (length(name) between 1 and 100),
    organisation_credit_code char(18)    not null,
    region                   text        not null,
    industry_tags            jsonb       not null,
    track_codes              jsonb       not null,
    max_assignments_per_call integer     not null check (max_assignments_per_call between 1 and 200),
    active                   boolean     not null default true,
    registered_at            timestamptz not null
);

-- Conflicts of interest: found automatically, declared by the expert or marked by an officer.
create table expert_conflict (
    application_id uuid        not null references submitted_application (application_id),
    expert_id      uuid        not null references expert (id),
    source         text        not null check (source in ('AUTOMATIC', 'DECLARED', 'MARKED')),
    reason         text        not null,
    recorded_by    text        not null,
    recorded_at    timestamptz not null,
    primary key (application_id, expert_id, source)
);

-- Every draw with its seed and the candidates in the order they were drawn from, so it can be
-- reproduced and audited.
create table assignment_draw (
    id             uuid primary key,
    application_id uuid        not null references submitted_application (application_id),
    seed           bigint      not null,
    wanted         integer     not null,
    candidates     jsonb       not null,
    drawn          jsonb       not null,
    purpose        text        not null check (purpose in ('DRAW', 'REPLACEMENT')),
    drawn_by       text        not null,
    drawn_at       timestamptz not null
);

create table expert_assignment (
    id             uuid primary key,
    application_id uuid        not null references submitted_application (application_id),
    expert_id      uuid        not null references expert (id),
    call_year      integer     not null,
    draw_id        uuid        not null references assignment_draw (id),
    status         text        not null check (status in ('ASSIGNED', 'DECLINED', 'SCORED')),
    decline_reason text,
    scores         jsonb,
    total          numeric(6, 2),
    assigned_at    timestamptz not null,
    declined_at    timestamptz,
    scored_at      timestamptz,
    unique (application_id, expert_id)
);

create index expert_assignment_by_expert on expert_assignment (expert_id, call_year);

-- The bureau's award decisions, with the proposal they followed or departed from.
create table award_decision (
    application_id uuid primary key references submitted_application (application_id),
    call_year      integer        not null,
    track_code     text           not null,
    rank           integer        not null,
    final_score    numeric(6, 2)  not null,
    proposed       boolean        not null,
    awarded        boolean        not null,
    amount         numeric(14, 2) not null,
    justification  text,
    decided_by     text           not null,
    decided_at     timestamptz    not null
);
