-- The audit trail: append-only. Neither the service's role nor anyone else may change or remove
-- a record: the privileges are revoked from the owning role and a trigger refuses the rest.
create table audit_record (
    id              bigserial primary key,
    occurred_at     timestamptz not null,
    subject         text,
    client_id       text,
    organisation_id text,
    action          text        not null,
    object_type     text,
    object_id       text,
    outcome         text        not null,
    correlation_id  text,
    detail          text
);

create index audit_record_by_object on audit_record (object_type, object_id);

create function audit_record_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit records are append-only (% refused)', tg_op;
end;
$$;

create trigger audit_record_no_change
    before update or delete on audit_record
    for each row execute function audit_record_append_only();

create trigger audit_record_no_truncate
    before truncate on audit_record
    for each statement execute function audit_record_append_only();

revoke update, delete, truncate on audit_record from current_user;
