-- Each call, version by version, with every rule of its tracks as data. The first version of a
-- call is seeded from the versioned catalogue data file; a later version is a new row, never an
-- edit of a published one.
create table catalogue_call (
    call_year  integer     not null check (call_year between 2020 and 2100),
    version    integer     not null check (version >= 1),
    state      text        not null check (state in ('DRAFT', 'PUBLISHED', 'OPEN', 'CLOSED', 'ARCHIVED')),
    definition jsonb       not null,
    source     text        not null,
    reason     text,
    created_by text        not null,
    created_at timestamptz not null,
    primary key (call_year, version)
);

-- The first catalogue was a fixed table of track names; it is replaced by the call definitions.
drop table programme_track;
