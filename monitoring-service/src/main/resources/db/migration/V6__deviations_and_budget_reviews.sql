-- The task deviations (任务执行偏离) a firm found when it verified a quarter: [{taskCode, kind, description}].
alter table round_report add column deviations jsonb not null default '[]'::jsonb;

-- The firm's ex-ante budget review of a project (事前建议：对项目预算编制和经费使用合规性、合理性进行审核，并提出预算优化建议).
create table budget_review (
    id           uuid primary key,
    project_id   uuid        not null,
    outcome      text        not null check (outcome in ('APPROVED', 'ADJUSTMENTS_SUGGESTED')),
    suggestions  jsonb       not null,
    note         text        not null check (length(note) between 1 and 4000),
    firm_client  text        not null,
    reviewed_by  text        not null,
    reviewed_at  timestamptz not null
);
create index budget_review_by_project on budget_review (project_id, reviewed_at);
