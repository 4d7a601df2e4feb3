-- Transactional outbox: each event is written in the transaction of the change that caused it and
-- relayed to Kafka by OutboxRelay until the broker acknowledges it.
create table event_outbox (
    id           bigserial primary key,
    event_id     uuid        not null unique,
    event_type   text        not null,
    topic        text        not null,
    message_key  text        not null,
    source       text        not null,
    subject      text,
    payload      jsonb       not null,
    occurred_at  timestamptz not null,
    published_at timestamptz,
    attempts     integer     not null default 0,
    last_error   text
);

create index event_outbox_pending on event_outbox (id) where published_at is null;
