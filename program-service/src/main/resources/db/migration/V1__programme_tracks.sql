-- The tracks of each call as published.
create table programme_track (
    code              text          not null,
    call_year         integer       not null check (call_year between 2020 and 2100),
    display_order     integer       not null,
    section           text          not null,
    programme_name_zh text          not null,
    track_name_zh     text,
    name_en           text          not null,
    category          text          not null check (category in ('PRE_SUBSIDY', 'POST_SUBSIDY')),
    funding_rule      text          not null,
    standard_award    numeric(16, 2) check (standard_award >= 0),
    maximum_award     numeric(16, 2) check (maximum_award >= 0),
    monitored         boolean       not null,
    primary key (call_year, code)
);
