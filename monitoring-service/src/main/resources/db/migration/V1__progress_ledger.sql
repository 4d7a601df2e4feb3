-- The progress ledger (进度台账): one line per project and review date, never updated.
create table progress_ledger_entry (
    project_id         uuid          not null,
    review_date        date          not null,
    planned_completion numeric(5, 2) not null check (planned_completion between 0 and 100),
    actual_completion  numeric(5, 2) not null check (actual_completion between 0 and 100),
    lag_points         numeric(5, 2) not null check (lag_points >= 0),
    recorded_by        text          not null,
    recorded_at        timestamptz   not null,
    primary key (project_id, review_date)
);
