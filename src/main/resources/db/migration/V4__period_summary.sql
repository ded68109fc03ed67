-- Each unit's standing counts per period, written with the standings: dashboards and the
-- province roll-up add up a few rows per unit instead of every task of every period.
create table period_summary (
    period_id       bigint  not null references reporting_period (id) on delete cascade,
    organisation_id bigint  not null references organisation (id),
    tasks           int     not null,
    done            int     not null,
    on_track        int     not null,
    lagging         int     not null,
    overdue         int     not null,
    not_reported    int     not null,
    -- the sum of each task's completion capped at 100 (none counts 0): the mean is this / tasks
    completion_sum  numeric not null,
    primary key (period_id, organisation_id)
);

-- A frozen period's summary is part of its snapshot, as its standings are.
create trigger period_summary_snapshot before insert or update or delete on period_summary
    for each row execute function task_standing_frozen();

create index plan_area_year on plan (area_id, year);

-- One row per period: its whole plan's counts and reporting burden, for trends and roll-ups over
-- many counties (a province reads one row per plan and period instead of one per task).
create table period_total (
    period_id       bigint  primary key references reporting_period (id) on delete cascade,
    tasks           int     not null,
    done            int     not null,
    on_track        int     not null,
    lagging         int     not null,
    overdue         int     not null,
    not_reported    int     not null,
    completion_sum  numeric not null,
    reports         int     not null,
    items           int     not null,
    prefilled       int     not null,
    unchanged       int     not null,
    minutes         numeric not null
);
create trigger period_total_snapshot before insert or update or delete on period_total
    for each row execute function task_standing_frozen();

-- What needs attention now: the lagging, overdue and unreported tasks of each plan's current
-- period, rebuilt with the standings, so the worst of a whole province is an index scan away.
create table attention_item (
    task_id         bigint  primary key references task (id) on delete cascade,
    plan_id         bigint  not null references plan (id) on delete cascade,
    area_id         bigint  not null references organisation (id),
    year            int     not null,
    organisation_id bigint  not null references organisation (id),
    status          text    not null,
    severity        int     not null,
    completion      numeric not null,
    reason          text    not null
);
create index attention_item_worst on attention_item (severity, completion, task_id);
create index attention_item_area on attention_item (area_id, severity, completion, task_id);
create index attention_item_plan on attention_item (plan_id);
