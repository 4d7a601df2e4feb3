-- Requests the gateway refused (401/403) before any service saw them: the edge's part of the audit
-- trail. Append-only: privileges revoked from the owning role, triggers refuse the rest.
create table edge_refusal (
    id             bigserial primary key,
    occurred_at    timestamptz not null,
    method         text        not null,
    path           text        not null,
    outcome        text        not null check (outcome in ('UNAUTHENTICATED', 'FORBIDDEN')),
    reason         text,
    subject        text,
    client_id      text,
    remote_address text,
    correlation_id text
);

create index edge_refusal_by_time on edge_refusal (occurred_at desc);

create function edge_refusal_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'edge refusals are append-only (% refused)', tg_op;
end;
$$;

create trigger edge_refusal_no_change
    before update or delete on edge_refusal
    for each row execute function edge_refusal_append_only();

create trigger edge_refusal_no_truncate
    before truncate on edge_refusal
    for each statement execute function edge_refusal_append_only();

revoke update, delete, truncate on edge_refusal from current_user;
