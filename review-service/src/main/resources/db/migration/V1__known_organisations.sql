-- Organisations learnt from applicant-service, for conflict-of-interest checks.
create table known_organisation (
    organisation_id   uuid primary key,
    credit_code       char(18)    not null unique,
    legal_name        text        not null,
    organisation_type text        not null,
    region            text        not null,
    registered_at     timestamptz not null
);
