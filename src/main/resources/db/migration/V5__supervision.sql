-- Supervision: inspections (督查, 现场调研, 座谈会, 调度会) with the units and tasks they visited
-- and their files; findings, each a rectification item (整改事项) with a responsible unit,
-- person, deadline and required evidence, reported by the unit and closed (销号) or returned by
-- the office; and the decisions of 调度会 applied to the ledger.

create table inspection (
    id           bigserial primary key,
    area_id      bigint      not null references organisation (id),
    held_on      date        not null,
    kind         text        not null check (kind in ('INSPECTION', 'SURVEY', 'FORUM', 'DISPATCH')),
    title        text        not null check (length(title) between 1 and 200),
    led_by       text        not null,
    participants text        not null default '',
    observations text        not null default '',
    created_by   text        not null,
    created_at   timestamptz not null default now()
);
create index inspection_area_day on inspection (area_id, held_on);

create table inspection_unit (
    inspection_id   bigint not null references inspection (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (inspection_id, organisation_id)
);
create index inspection_unit_by_unit on inspection_unit (organisation_id);

create table inspection_task (
    inspection_id bigint not null references inspection (id) on delete cascade,
    task_id       bigint not null references task (id) on delete cascade,
    primary key (inspection_id, task_id)
);
create index inspection_task_by_task on inspection_task (task_id);

create table finding (
    id                 bigserial primary key,
    inspection_id      bigint      not null references inspection (id) on delete cascade,
    description        text        not null check (length(description) between 1 and 2000),
    theme              text        not null default '',
    unit_id            bigint      not null references organisation (id),
    responsible_person text        not null default '',
    deadline           date        not null,
    required_evidence  text        not null default '',
    state              text        not null default 'OPEN' check (state in ('OPEN', 'REPORTED', 'RETURNED', 'CLOSED')),
    return_reason      text,
    closed_at          timestamptz,
    closed_by          text,
    version            int         not null default 0,
    created_by         text        not null,
    created_at         timestamptz not null default now()
);
create index finding_unit on finding (unit_id, state);

create table finding_task (
    finding_id bigint not null references finding (id) on delete cascade,
    task_id    bigint not null references task (id) on delete cascade,
    primary key (finding_id, task_id)
);

-- What the unit says it did, each report kept (never overwritten).
create table rectification_report (
    id         bigserial primary key,
    finding_id bigint      not null references finding (id) on delete cascade,
    narrative  text        not null check (length(narrative) between 1 and 2000),
    created_by text        not null,
    created_at timestamptz not null default now()
);
create trigger rectification_report_append_only before update on rectification_report
    for each statement execute function task_entry_is_append_only();

-- Photos and files of an inspection or of a rectification report.
create table supervision_file (
    id                      bigserial primary key,
    inspection_id           bigint references inspection (id) on delete cascade,
    rectification_report_id bigint references rectification_report (id) on delete cascade,
    file_name               text        not null,
    content_type            text        not null,
    size                    int         not null,
    sha256                  text        not null,
    content                 bytea       not null,
    uploaded_by             text        not null,
    uploaded_at             timestamptz not null default now(),
    check ((inspection_id is null) <> (rectification_report_id is null))
);
create index supervision_file_inspection on supervision_file (inspection_id);
create index supervision_file_report on supervision_file (rectification_report_id);

-- A 调度会's decisions, each a change to the ledger made through the ledger (and audited there).
create table meeting_action (
    id            bigserial primary key,
    inspection_id bigint      not null references inspection (id) on delete cascade,
    kind          text        not null check (kind in ('NEW_TASK', 'DEADLINE')),
    task_id       bigint      not null references task (id) on delete cascade,
    decision      text        not null,
    created_by    text        not null,
    created_at    timestamptz not null default now()
);
