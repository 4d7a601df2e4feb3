-- The risk-control firm (its API client) contracted to monitor each project.
create table monitoring_assignment (
    project_id     uuid primary key,
    firm_client_id text        not null,
    assigned_by    text        not null,
    assigned_at    timestamptz not null
);
