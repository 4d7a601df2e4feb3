-- Evaluations and acceptance are scored on sheets like the review's; scoring closes at a deadline
-- per track when a quorum of experts has scored.
alter table evaluation add column sheet_scores jsonb;
alter table acceptance add column sheet_scores jsonb;

create table scoring_deadline (
    call_year  integer     not null,
    track_code text        not null,
    deadline   timestamptz not null,
    set_by     text        not null,
    set_at     timestamptz not null,
    primary key (call_year, track_code)
);
