-- Reports the risk-control firms upload themselves (quarterly, semi-annual, evaluation, other).
create table firm_report (
    id             uuid primary key,
    firm_client_id text        not null,
    kind           text        not null check (kind in ('QUARTERLY', 'SEMI_ANNUAL', 'EVALUATION',
                                                        'OTHER')),
    period         text        not null check (period ~ '^[0-9]{4}(-Q[1-4]|-H[12])?$'),
    title          text        not null,
    filename       text        not null,
    content_type   text        not null,
    size_bytes     bigint      not null,
    sha256         char(64)    not null,
    content        bytea       not null,
    uploaded_by    text        not null,
    uploaded_at    timestamptz not null
);
create index firm_report_by_firm on firm_report (firm_client_id, uploaded_at);

-- A project's performance evaluation (绩效评价) for a year: each indicator's score and comment,
-- kept with the indicator's dimension and maximum so the evaluation reads the same later.
create table performance_evaluation (
    project_id       uuid          not null references monitored_project (project_id),
    year             integer       not null check (year between 2000 and 2100),
    indicator_system text          not null,
    scores           jsonb         not null,
    total            numeric(5, 2) not null check (total between 0 and 100),
    grade            text          not null check (grade in ('EXCELLENT', 'GOOD', 'PASS', 'FAIL')),
    recommendation   text          not null,
    evaluated_by     text          not null,
    evaluated_at     timestamptz   not null,
    primary key (project_id, year)
);
create index performance_evaluation_by_year on performance_evaluation (year);
