-- An organisation's profile: contacts, industry tags and the facts eligibility reads, each fact
-- with the documents that evidence it (documents of the same organisation only).
alter table organisation
    add column contacts           jsonb not null default '[]',
    add column industry_tags      jsonb not null default '[]',
    add column profile_updated_at timestamptz;

create table organisation_fact (
    organisation_id uuid        not null references organisation (id),
    fact            text        not null,
    value           jsonb       not null,
    declared_by     text        not null,
    declared_at     timestamptz not null,
    primary key (organisation_id, fact)
);

create table organisation_fact_evidence (
    organisation_id uuid not null,
    fact            text not null,
    document_id     uuid not null,
    position        int  not null,
    primary key (organisation_id, fact, document_id),
    foreign key (organisation_id, fact) references organisation_fact (organisation_id, fact)
        on delete cascade,
    foreign key (organisation_id, document_id) references document (organisation_id, id)
);
