-- Issue 23, "超期 is visible … a plan whose span has ended can be closed out (年度收官)": the office
-- records each task's outcome with its last figures; the plan then leaves the daily lists and the
-- dashboard, and stays for search, 考核 and export.
create table plan_closeout (
    plan_id   bigint      primary key references plan (id) on delete cascade,
    as_of     date        not null,
    closed_at timestamptz not null default now(),
    closed_by text        not null
);

create table task_outcome (
    task_id    bigint  primary key references task (id) on delete cascade,
    plan_id    bigint  not null references plan (id) on delete cascade,
    outcome    text    not null check (outcome in ('DONE', 'UNDONE')),
    status     text    not null,
    completion numeric,
    reason     text    not null
);
create index task_outcome_plan on task_outcome (plan_id);
