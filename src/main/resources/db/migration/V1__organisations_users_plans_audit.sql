-- The ledger's first shape: who (organisations, users), what (plans, tasks, indicators) and
-- the audit trail every write leaves.

create table organisation (
    id         bigserial primary key,
    name       text        not null check (length(name) between 1 and 100),
    kind       text        not null check (kind in ('COUNTY', 'TOWNSHIP', 'VILLAGE', 'DEPARTMENT', 'COMMAND_POST', 'OFFICE')),
    parent_id  bigint references organisation (id),
    created_at timestamptz not null default now(),
    version    int         not null default 0
);
create unique index organisation_name_under_parent on organisation (coalesce(parent_id, 0), name);

create table app_user (
    id                   bigserial primary key,
    username             text        not null unique check (username ~ '^[A-Za-z0-9_.-]{3,40}$'),
    display_name         text        not null,
    organisation_id      bigint      not null references organisation (id),
    role                 text        not null check (role in ('SUPERVISOR', 'LIAISON', 'UNIT_HEAD', 'LEADER', 'AUDITOR', 'ADMIN')),
    password_hash        text        not null,
    must_change_password boolean     not null default true,
    failed_attempts      int         not null default 0,
    locked_until         timestamptz,
    enabled              boolean     not null default true,
    created_at           timestamptz not null default now()
);

create table plan (
    id            bigserial primary key,
    title         text        not null,
    year          int         not null,
    area_id       bigint      not null references organisation (id),
    source_name   text,
    source_sha256 text,
    source_text   text,
    created_by    text        not null,
    created_at    timestamptz not null default now()
);
create index plan_source on plan (area_id, source_sha256);

create table task (
    id                 bigserial primary key,
    plan_id            bigint not null references plan (id) on delete cascade,
    parent_id          bigint references task (id) on delete cascade,
    position           int    not null,
    number             text   not null default '',
    title              text   not null,
    body               text   not null default '',
    lead_org_id        bigint references organisation (id),
    leader             text   not null default '',
    responsible_person text   not null default '',
    start_date         date,
    deadline           date,
    source_start       int,
    source_end         int,
    version            int    not null default 0
);
create index task_plan on task (plan_id, position);
create index task_lead on task (lead_org_id);

create table task_co_unit (
    task_id         bigint not null references task (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (task_id, organisation_id)
);

create table indicator (
    id           bigserial primary key,
    task_id      bigint  not null references task (id) on delete cascade,
    position     int     not null,
    name         text    not null,
    surface      text    not null default '',
    target_value numeric,
    unit         text    not null default '',
    base_value   numeric,
    base_unit    text    not null default '',
    comparator   text    not null default '=' check (comparator in ('>=', '<=', '=')),
    kind         text    not null default 'target' check (kind in ('actual', 'target', 'other')),
    deadline     date,
    baseline     numeric
);

create table milestone (
    task_id          bigint  not null references task (id) on delete cascade,
    due              date    not null,
    expected_percent numeric not null check (expected_percent between 0 and 100),
    primary key (task_id, due)
);

create table audit_event (
    id        bigserial primary key,
    at        timestamptz not null default now(),
    actor     text        not null,
    action    text        not null,
    entity    text        not null,
    entity_id bigint,
    before    jsonb,
    after     jsonb
);
create index audit_event_entity on audit_event (entity, entity_id);

-- An audit row, once written, is never changed: not by the application, not by a mistake in it.
create function audit_event_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'audit_event is append-only (% refused)', tg_op;
end;
$$;
create trigger audit_event_append_only
    before update or delete or truncate on audit_event
    for each statement execute function audit_event_is_append_only();
