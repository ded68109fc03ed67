-- Every bulletin and summary Duban writes, kept as written: which period's snapshot it was
-- written from, its checksum, and the file itself.
create table generated_document (
    id           bigserial primary key,
    kind         text        not null check (kind in ('BULLETIN', 'SUMMARY')),
    period_id    bigint      not null references reporting_period (id) on delete cascade,
    snapshot_at  timestamptz not null,
    title        text        not null,
    file_name    text        not null,
    sha256       text        not null,
    content      bytea       not null,
    created_by   text        not null,
    created_at   timestamptz not null default now()
);
create index generated_document_period on generated_document (period_id, kind, created_at desc);
