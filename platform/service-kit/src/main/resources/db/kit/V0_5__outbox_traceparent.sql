-- The trace of the request that caused each event, sent on as the message's traceparent header.
alter table event_outbox add column traceparent text;
