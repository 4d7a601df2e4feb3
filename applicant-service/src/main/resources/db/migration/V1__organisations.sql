-- Applicant units and the users who act for them.
create table organisation (
    id                   uuid primary key,
    credit_code          char(18)    not null unique,
    legal_name           text        not null check (length(legal_name) between 1 and 200),
    organisation_type    text        not null,
    region               text        not null,
    legal_representative text        not null,
    registered_by        text        not null,
    registered_at        timestamptz not null
);

create table organisation_member (
    organisation_id uuid        not null references organisation (id),
    user_subject    text        not null,
    member_role     text        not null check (member_role in ('ADMINISTRATOR', 'MEMBER')),
    joined_at       timestamptz not null,
    primary key (organisation_id, user_subject)
);

create index organisation_member_by_user on organisation_member (user_subject);
