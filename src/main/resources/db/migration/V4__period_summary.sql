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
