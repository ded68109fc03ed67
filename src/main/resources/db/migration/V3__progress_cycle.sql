-- The progress cycle: each plan's reporting rule, its periods, the units' reports with every
-- value ever reported kept as a revision, evidence files, the standing of each task in each
-- period (frozen when the period's bulletin is issued), and reminders with their deliveries.

-- A province and its cities above the counties, so that a province-wide roll-up has a tree to roll up.
alter table organisation drop constraint organisation_kind_check;
alter table organisation add constraint organisation_kind_check
    check (kind in ('PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP', 'VILLAGE', 'DEPARTMENT', 'COMMAND_POST', 'OFFICE'));

create table reporting_rule (
    plan_id           bigint primary key references plan (id) on delete cascade,
    cadence           text    not null default 'MONTHLY' check (cadence in ('WEEKLY', 'MONTHLY', 'QUARTERLY')),
    -- monthly/quarterly: day of the (last) month; weekly: day of the week, 1 = Monday
    due_day           int     not null default 25 check (due_day between 1 and 31),
    lag_threshold     numeric not null default 10 check (lag_threshold between 0 and 100),
    evidence_required boolean not null default false,
    remind_days       int     not null default 3 check (remind_days between 0 and 30),
    version           int     not null default 0
);

create table reporting_period (
    id        bigserial primary key,
    plan_id   bigint not null references plan (id) on delete cascade,
    starts    date   not null,
    ends      date   not null,
    due       date   not null,
    label     text   not null,
    frozen_at timestamptz,
    frozen_by text,
    unique (plan_id, starts)
);
create index reporting_period_current on reporting_period (plan_id, starts, ends);

create table unit_report (
    id               bigserial primary key,
    period_id        bigint      not null references reporting_period (id) on delete cascade,
    organisation_id  bigint      not null references organisation (id),
    state            text        not null default 'DRAFT'
        check (state in ('DRAFT', 'SUBMITTED', 'APPROVED', 'ACCEPTED', 'RETURNED')),
    version          int         not null default 0,
    return_reason    text,
    opened_at        timestamptz not null default now(),
    submitted_at     timestamptz,
    approved_at      timestamptz,
    accepted_at      timestamptz,
    -- reporting burden, fixed at submission
    items            int,
    prefilled_items  int,
    unchanged_items  int,
    -- time with the form open, summed over the saves (each capped), for the burden report
    minutes_spent    numeric     not null default 0,
    unique (period_id, organisation_id)
);
create index unit_report_unit on unit_report (organisation_id, period_id);

-- One row per saved state of a task's entry: nothing here is ever updated, a new revision is added.
create table task_entry (
    id                bigserial primary key,
    report_id         bigint      not null references unit_report (id) on delete cascade,
    task_id           bigint      not null references task (id) on delete cascade,
    revision          int         not null,
    percent_done      numeric check (percent_done between 0 and 100),
    narrative         text        not null default '',
    problems          text        not null default '',
    next_steps        text        not null default '',
    unchanged         boolean     not null default false,
    prefilled         boolean     not null default false,
    complete          boolean     not null default false,
    correction_reason text,
    after_freeze      boolean     not null default false,
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    unique (report_id, task_id, revision)
);
create index task_entry_task on task_entry (task_id, report_id, revision desc);

create table entry_value (
    entry_id     bigint  not null references task_entry (id) on delete cascade,
    indicator_id bigint  not null references indicator (id) on delete cascade,
    actual       numeric not null,
    primary key (entry_id, indicator_id)
);

create function task_entry_is_append_only() returns trigger language plpgsql as
$$
begin
    raise exception 'reported values are never overwritten (% on % refused)', tg_op, tg_table_name;
end;
$$;
create trigger task_entry_append_only before update on task_entry
    for each statement execute function task_entry_is_append_only();
create trigger entry_value_append_only before update on entry_value
    for each statement execute function task_entry_is_append_only();

-- A submit carries a key made when the form was shown: the same submit sent twice is one submission.
create table report_submission (
    key       uuid primary key,
    report_id bigint      not null references unit_report (id) on delete cascade,
    action    text        not null,
    at        timestamptz not null default now()
);

create table evidence (
    id           bigserial primary key,
    report_id    bigint      not null references unit_report (id) on delete cascade,
    task_id      bigint references task (id) on delete cascade,
    file_name    text        not null,
    content_type text        not null,
    size         int         not null,
    sha256       text        not null,
    content      bytea       not null,
    uploaded_by  text        not null,
    uploaded_at  timestamptz not null default now()
);
create index evidence_report on evidence (report_id);

-- Where each task stands in each period. Rows of a frozen period are its snapshot: refused to change.
create table task_standing (
    task_id         bigint  not null references task (id) on delete cascade,
    period_id       bigint  not null references reporting_period (id) on delete cascade,
    organisation_id bigint references organisation (id),
    status          text    not null check (status in ('DONE', 'ON_TRACK', 'LAGGING', 'OVERDUE', 'NOT_REPORTED')),
    completion      numeric,
    expected        numeric,
    reason          text    not null,
    reported_on_time boolean not null default false,
    computed_on     date    not null,
    primary key (period_id, task_id)
);
create index task_standing_unit on task_standing (organisation_id, period_id);

create function task_standing_frozen() returns trigger language plpgsql as
$$
begin
    if exists (select 1 from reporting_period p where p.id = coalesce(old.period_id, new.period_id) and p.frozen_at is not null) then
        raise exception 'period % is frozen: its standings are a snapshot', coalesce(old.period_id, new.period_id);
    end if;
    return coalesce(new, old);
end;
$$;
create trigger task_standing_snapshot before insert or update or delete on task_standing
    for each row execute function task_standing_frozen();

-- Reminders (催办) and escalations (督办). The key makes each reminder once, whichever instance
-- and however often the job runs; each delivery is claimed by one sender.
create table notification (
    id              bigserial primary key,
    dedupe_key      text        not null unique,
    organisation_id bigint      not null references organisation (id),
    audience        text        not null check (audience in ('UNIT', 'LEADERS')),
    grade           text        not null check (grade in ('BLUE', 'YELLOW', 'RED')),
    title           text        not null,
    body            text        not null,
    task_id         bigint references task (id) on delete cascade,
    created_at      timestamptz not null default now(),
    read_at         timestamptz
);
create index notification_unit on notification (organisation_id, created_at desc);

create table contact (
    id              bigserial primary key,
    organisation_id bigint not null references organisation (id) on delete cascade,
    channel         text   not null check (channel in ('EMAIL', 'DINGTALK', 'WECOM')),
    address         text   not null,
    unique (organisation_id, channel, address)
);

create table delivery (
    id              bigserial primary key,
    notification_id bigint      not null references notification (id) on delete cascade,
    channel         text        not null check (channel in ('EMAIL', 'DINGTALK', 'WECOM')),
    address         text        not null,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    last_error      text,
    unique (notification_id, channel, address)
);
create index delivery_pending on delivery (state, id) where state in ('PENDING', 'SENDING');
