-- A key is claimed in a short transaction of its own, before the command runs, so that a second
-- request with the key never waits on a row lock while holding a pooled connection. The claim's
-- token ties the stored outcome to the request that made it; a claim left without an outcome (its
-- request died) can be taken over after a while.
alter table idempotency_record add column claim_token uuid;
