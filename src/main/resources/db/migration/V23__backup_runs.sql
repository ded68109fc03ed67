-- Every backup Duban makes, scheduled or asked for: where it went and what it held. The daily job
-- looks here to run once a day whichever node's scheduler fires first. Not itself backed up: it
-- describes this installation's copies, not the ledger.
create table backup_run (
    id          bigserial   primary key,
    started_at  timestamptz not null default now(),
    finished_at timestamptz,
    trigger     text        not null check (trigger in ('SCHEDULED', 'ASKED', 'COMMAND')),
    actor       text        not null,
    folder      text,
    tables      int,
    rows        bigint,
    bytes       bigint,
    outcome     text        not null default 'RUNNING' check (outcome in ('RUNNING', 'DONE', 'FAILED', 'SKIPPED')),
    message     text
);
create index backup_run_started on backup_run (started_at desc);
