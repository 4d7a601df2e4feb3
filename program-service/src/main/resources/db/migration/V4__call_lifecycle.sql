-- Where each call is in its life cycle, and its application window (a call-level setting, not a
-- rule: changing it makes no new rule version). Rule versions stay in catalogue_call.
create table call_lifecycle (
    call_year             integer primary key,
    state                 text        not null check (state in ('DRAFT', 'PUBLISHED', 'OPEN', 'CLOSED', 'ARCHIVED')),
    current_version       integer     not null,
    application_opens_at  timestamptz,
    application_closes_at timestamptz,
    updated_by            text        not null,
    updated_at            timestamptz not null,
    check (application_opens_at is null or application_closes_at is null
           or application_closes_at > application_opens_at)
);

insert into call_lifecycle (call_year, state, current_version, updated_by, updated_at)
select call_year, 'PUBLISHED', max(version), 'catalogue-seed', now()
from catalogue_call group by call_year;

alter table catalogue_call drop column state;
