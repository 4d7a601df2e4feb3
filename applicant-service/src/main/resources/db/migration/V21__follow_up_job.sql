-- Work that must follow a committed change (the credit check after a registration), recorded in
-- the change's own transaction and run by the service's worker until it is done: across
-- restarts, registry outages and database outages, on any number of replicas (each due job is
-- taken with "for update skip locked" and held for a lease while it runs).
-- The runtime role reads and writes it through the owner's default privileges.
create table follow_up_job (
    id              uuid primary key,
    kind            text        not null,
    subject_id      uuid        not null,
    requested_by    jsonb       not null,
    created_at      timestamptz not null,
    due_at          timestamptz not null,
    attempts        integer     not null default 0 check (attempts >= 0),
    last_attempt_at timestamptz,
    last_error      text,
    done_at         timestamptz,
    outcome         text
);

create index follow_up_job_due on follow_up_job (due_at) where done_at is null;
create index follow_up_job_by_subject on follow_up_job (subject_id, kind);
