-- Uploaded documents (evidence of profile facts, application materials), kept in the database so
-- they are backed up, replicated and restored with the rest of the data. The metadata stays light
-- to query; the content is in its own table, written in the same transaction.
create table document (
    id              uuid primary key,
    organisation_id uuid        not null references organisation (id),
    filename        text        not null check (length(filename) between 1 and 200),
    content_type    text        not null,
    size_bytes      bigint      not null check (size_bytes between 1 and 20971520),
    sha256          char(64)    not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_by     text        not null,
    uploaded_at     timestamptz not null,
    -- Lets other tables require that a document belongs to the organisation they refer to.
    unique (organisation_id, id)
);

create index document_by_organisation on document (organisation_id, uploaded_at desc);

create table document_content (
    document_id uuid  primary key references document (id),
    content     bytea not null
);
