-- First outcome of each command sent with an Idempotency-Key, per caller.
create table idempotency_record (
    owner                 text        not null,
    idempotency_key       text        not null,
    request_hash          text        not null,
    response_status       integer,
    response_content_type text,
    response_location     text,
    response_body         bytea,
    created_at            timestamptz not null,
    primary key (owner, idempotency_key)
);
