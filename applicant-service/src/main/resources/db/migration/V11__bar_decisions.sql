-- A project's second failed acceptance (acceptance.concluded.v1 FAILED_FINALLY) no longer bars its
-- lead unit by itself: it waits here for the bureau's decision, to bar (organisation_bar, with a
-- reason and, for DATA-IP-LEADER, an end date) or not to bar (with a reason).
create table acceptance_failure (
    application_id    uuid primary key references application (id),
    organisation_id   uuid        not null references organisation (id),
    reference         text        not null,
    track_code        text        not null,
    attempt           integer     not null,
    acceptance_reason text,
    failed_at         timestamptz not null,
    decision          text check (decision in ('BARRED', 'NOT_BARRED')),
    decision_reason   text check (decision_reason is null or length(decision_reason) between 1 and 2000),
    decided_by        text,
    decided_at        timestamptz,
    check ((decision is null) = (decided_at is null))
);
