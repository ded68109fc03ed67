-- One ledger across levels (issue 13): a task assigned from above (上级交办) keeps where it came
-- from; a task split among units (分解下达) keeps its parts; a plan of several years carries each
-- year's target per indicator; and the year's 考核 has its scheme, weights and 加分/扣分 items.

-- A part is a task of its own, reported by its unit as any other; its parent's progress is
-- computed from its parts and never counted beside them.
alter table task add column part_of bigint references task (id) on delete cascade;
create index task_part_of on task (part_of);
-- The area whose office assigned this task: its indicators and deadline are that level's to change.
alter table task add column origin_area_id bigint references organisation (id);

-- 上级交办: one row per area below that a task is assigned to, with that area's share. The
-- receiving office's 签收 makes the task in its own ledger (received_task_id).
create table level_assignment (
    id               bigserial primary key,
    task_id          bigint      not null references task (id) on delete cascade,
    area_id          bigint      not null references organisation (id),
    deadline         date        not null,
    requirement      text        not null default '' check (length(requirement) <= 1000),
    assigned_by      text        not null,
    assigned_at      timestamptz not null default now(),
    received_task_id bigint references task (id) on delete set null,
    signed_by        text,
    signed_at        timestamptz,
    unique (task_id, area_id)
);
create index level_assignment_area on level_assignment (area_id, signed_at);

-- The share of each of the task's indicators (by position) that the area is to reach.
create table level_assignment_target (
    assignment_id bigint  not null references level_assignment (id) on delete cascade,
    position      int     not null,
    target_value  numeric not null check (target_value >= 0),
    primary key (assignment_id, position)
);

-- 三年行动: a year's own target for an indicator (the quantity to add that year); the year's
-- periods are measured against it, from where the indicator stood at the end of the year before.
create table indicator_year_target (
    indicator_id bigint  not null references indicator (id) on delete cascade,
    year         int     not null check (year between 2000 and 2100),
    target_value numeric not null check (target_value >= 0),
    primary key (indicator_id, year)
);

-- 考核: a 百分制 scheme per area and year.
create table assessment_scheme (
    id                bigserial primary key,
    area_id           bigint      not null references organisation (id),
    year              int         not null,
    title             text        not null check (length(title) between 1 and 100),
    completion_points numeric     not null check (completion_points between 0 and 100),
    timeliness_points numeric     not null check (timeliness_points between 0 and 100),
    reward_count      int         not null default 3 check (reward_count between 1 and 20),
    created_by        text        not null,
    created_at        timestamptz not null default now(),
    version           int         not null default 0,
    check (completion_points + timeliness_points = 100),
    unique (area_id, year)
);

-- The weight of each plan in the scheme; a unit's base score weighs the plans it has work in.
create table assessment_weight (
    scheme_id bigint  not null references assessment_scheme (id) on delete cascade,
    plan_id   bigint  not null references plan (id) on delete cascade,
    weight    numeric not null check (weight > 0 and weight <= 100),
    primary key (scheme_id, plan_id)
);

-- 加分/扣分: each entered with its basis; withdrawn, never deleted.
create table assessment_item (
    id              bigserial primary key,
    scheme_id       bigint      not null references assessment_scheme (id) on delete cascade,
    organisation_id bigint      not null references organisation (id),
    kind            text        not null check (kind in ('PRAISE', 'PROBLEM', 'INTERVIEW', 'ACCOUNTABILITY', 'OTHER')),
    points          numeric     not null check (points between -20 and 20 and points <> 0),
    occurred_on     date        not null,
    basis           text        not null check (length(basis) between 2 and 500),
    created_by      text        not null,
    created_at      timestamptz not null default now(),
    withdrawn_by    text,
    withdrawn_at    timestamptz,
    withdraw_reason text
);
create index assessment_item_unit on assessment_item (scheme_id, organisation_id, occurred_on);
