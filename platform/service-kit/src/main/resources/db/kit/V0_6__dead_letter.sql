-- Messages a consumer could never process (unreadable, violating their schema, refused by the
-- effect for good): kept whole so an administrator can see them and replay them once the cause is
-- mended. The same message also goes to <topic>.DLT for outside tools.
create table dead_letter (
    id               uuid primary key,
    topic            text        not null,
    kafka_partition  integer     not null,
    kafka_offset     bigint      not null,
    message_key      text,
    headers          jsonb       not null,
    payload          bytea,
    event_id         text,
    event_type       text,
    error            text        not null,
    dead_lettered_at timestamptz not null default now(),
    replay_attempts  integer     not null default 0,
    last_replay_at   timestamptz,
    last_replay_error text,
    replayed_at      timestamptz,
    unique (topic, kafka_partition, kafka_offset)
);
create index dead_letter_open on dead_letter (dead_lettered_at) where replayed_at is null;
