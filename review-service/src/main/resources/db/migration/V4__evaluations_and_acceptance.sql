-- After the award: acceptance at the end of every project, and the yearly evaluations of the
-- rolling and staged programmes.
alter table submitted_application drop constraint submitted_application_status_check;
alter table submitted_application add constraint submitted_application_status_check
    check (status in ('SUBMITTED', 'WITHDRAWN', 'FORMAL_CHECK_PASSED', 'FORMAL_CHECK_FAILED',
                      'UNDER_REVIEW', 'SCORED', 'APPROVED', 'REJECTED', 'ACCEPTED',
                      'FAILED_ACCEPTANCE'));

-- CAPABILITY-PREFECTURE: the officers' scores of each prefecture-level unit on the guide's 9
-- criteria, with the evidence they rest on, and the weights of the call (equal by default).
create table prefecture_score (
    application_id uuid primary key references submitted_application (application_id),
    call_year      integer     not null,
    unit           text        not null,
    scores         jsonb       not null,
    evidence       jsonb       not null,
    entered_by     text        not null,
    entered_at     timestamptz not null,
    unique (call_year, unit)
);

create table prefecture_weights (
    call_year integer primary key,
    weights   jsonb       not null,
    set_by    text        not null,
    set_at    timestamptz not null
);

create table evaluation (
    application_id  uuid           not null references submitted_application (application_id),
    evaluation_year integer        not null check (evaluation_year between 1 and 3),
    outcome         text           not null,
    score           numeric(5, 2),
    funded_amount   numeric(14, 2) not null check (funded_amount >= 0),
    note            text           not null,
    concluded_by    text           not null,
    concluded_at    timestamptz    not null,
    primary key (application_id, evaluation_year)
);

create table acceptance (
    application_id uuid          not null references submitted_application (application_id),
    attempt        integer       not null check (attempt in (1, 2)),
    outcome        text          not null check (outcome in ('PASSED', 'FAILED_RECTIFY', 'FAILED_FINALLY')),
    score          numeric(5, 2),
    reason         text          not null,
    concluded_by   text          not null,
    concluded_at   timestamptz   not null,
    primary key (application_id, attempt)
);
