-- Every credit check with its source, time and outcome; UNAVAILABLE never counts as clear.
create table credit_check (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    credit_code     char(18)    not null,
    registry        text        not null check (registry in ('CREDIT_CHINA', 'SOCIAL_ORGANISATION_PLATFORM')),
    outcome         text        not null check (outcome in ('CLEAR', 'RECORDS_FOUND', 'UNAVAILABLE')),
    records         jsonb       not null,
    detail          text,
    checked_at      timestamptz not null
);

create index credit_check_by_organisation on credit_check (organisation_id, checked_at desc);
