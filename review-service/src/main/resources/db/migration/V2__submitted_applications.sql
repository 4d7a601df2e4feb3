-- The applications submitted to the bureau, as applicant-service announced them: what the formal
-- check and the review work from. The submission itself is kept whole, as received.
create table submitted_application (
    application_id      uuid primary key,
    reference           text        not null unique,
    call_year           integer     not null,
    track_code          text        not null,
    rule_version        integer     not null,
    lead_credit_code    char(18)    not null,
    lead_name           text        not null,
    title               text        not null,
    requested_amount    numeric(14, 2) not null,
    criteria_to_confirm jsonb       not null,
    submission          jsonb       not null,
    status              text        not null check (status in ('SUBMITTED', 'WITHDRAWN')),
    submitted_at        timestamptz not null,
    withdrawn_at        timestamptz,
    withdrawal_reason   text
);

create index submitted_application_by_call on submitted_application (call_year, track_code);

-- Every organisation taking part, lead or participant, for conflict-of-interest checks.
create table application_party (
    application_id uuid     not null references submitted_application (application_id),
    credit_code    char(18) not null,
    party_role     text     not null,
    primary key (application_id, credit_code)
);

create index application_party_by_code on application_party (credit_code);
