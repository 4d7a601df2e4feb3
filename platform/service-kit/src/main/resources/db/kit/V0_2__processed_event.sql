-- Inbox of a consumer: the id of every event applied, written in the transaction of its effect.
create table processed_event (
    event_id        text primary key,
    event_type      text        not null,
    topic           text        not null,
    kafka_partition integer     not null,
    kafka_offset    bigint      not null,
    processed_at    timestamptz not null default now()
);
