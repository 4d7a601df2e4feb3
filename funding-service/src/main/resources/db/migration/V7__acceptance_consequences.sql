-- What a final acceptance failure leads to is the bureau's decision: the failure raises a pending
-- consequence listing what was disbursed and not used; an officer orders the recovery (or, where
-- the guide leaves it to the bureau, decides not to), with a reason.
create table acceptance_consequence (
    application_id    uuid primary key references grant_award (application_id),
    reference         text           not null,
    call_year         integer        not null,
    track_code        text           not null,
    organisation_id   uuid           not null,
    credit_code       char(18)       not null,
    attempt           integer        not null,
    acceptance_reason text,
    failed_at         timestamptz    not null,
    recovery_required boolean        not null,
    status            text           not null
        check (status in ('PENDING', 'RECOVERY_ORDERED', 'NO_RECOVERY')),
    decision_reason   text check (decision_reason is null or length(decision_reason) between 1 and 2000),
    decided_by        text,
    decided_at        timestamptz,
    check ((status = 'PENDING') = (decided_at is null))
);
create index acceptance_consequence_by_status on acceptance_consequence (status, failed_at);

-- Why a tranche was cut or refused (e.g. the DATA-IP-LEADER per-unit ceiling), for the unit.
alter table grant_tranche add column note text;
