-- The awards of one decision of review-service (award.decided.v1 with decisionId), kept as they
-- arrive, each in the inbox transaction of its event, until all awardedInDecision of them are here;
-- the decision's grants are then opened together in rank order, in one transaction.
create table award_decision_batch (
    decision_id       uuid primary key,
    call_year         integer     not null,
    track_code        text        not null,
    awarded           integer     not null check (awarded > 0),
    first_received_at timestamptz not null,
    opened_at         timestamptz
);

create table award_decision_member (
    decision_id    uuid        not null references award_decision_batch (decision_id),
    application_id uuid        not null,
    rank           integer     not null,
    reference      text        not null,
    award          jsonb       not null,
    received_at    timestamptz not null,
    primary key (decision_id, application_id)
);

-- The decisions still waiting for some of their awards.
create index award_decision_batch_waiting on award_decision_batch (first_received_at)
    where opened_at is null;
