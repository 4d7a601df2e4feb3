-- The record types a check found that refuse under the guide (a CLEAR check may still hold records
-- of other categories, kept in records), and why an UNAVAILABLE check could not be made.
alter table credit_check
    add column record_types       jsonb not null default '[]',
    add column unavailable_reason text check (unavailable_reason in
        ('TIMEOUT', 'REGISTRY_ERROR', 'BREAKER_OPEN', 'UNREADABLE_ANSWER', 'UNKNOWN_CODE'));
