-- Figures an office can publish: a plan's span of months, ranking settings per plan, what each
-- standing rests on, the 红黑榜 kept as issued, withdrawn reminders, and the registry that keeps
-- events between modules across a crash.

-- A plan covers a span of months, which may cross years or be part of one; its periods cover that span.
alter table plan add column starts date, add column ends date;
update plan set starts = make_date(year, 1, 1), ends = make_date(year, 12, 31);
alter table plan alter column starts set not null, alter column ends set not null;
-- A plan written without a span (older clients, scripts) covers its year.
create function plan_span_default() returns trigger language plpgsql as
$$
begin
    new.starts := coalesce(new.starts, make_date(new.year, 1, 1));
    new.ends := coalesce(new.ends, make_date(new.year, 12, 31));
    return new;
end;
$$;
create trigger plan_span_default before insert on plan for each row execute function plan_span_default();
alter table plan add constraint plan_span check (starts <= ends and extract(day from starts) = 1
    and ends = (date_trunc('month', ends) + interval '1 month - 1 day')::date);

-- How many units each list names (null: a third, one to three) and the weight of completion in the score.
alter table reporting_rule add column list_size int check (list_size between 1 and 10),
    add column completion_weight int not null default 70 check (completion_weight between 0 and 100);

-- What a standing rests on: whether the task still had to be reported this period (an accepted
-- 完成 task does not), which period's values its figure uses, and the deadline it was measured against.
alter table task_standing add column needs_report boolean not null default true,
    add column basis text,
    add column deadline date;

-- The 红黑榜 as it was when the period was frozen: the bulletin names these, whatever comes later.
create table period_ranking (
    period_id              bigint  not null references reporting_period (id) on delete cascade,
    organisation_id        bigint  not null references organisation (id),
    rank                   int     not null,
    unit_name              text    not null,
    tasks                  int     not null,
    completion             numeric not null,
    timeliness             text    not null,
    overdue_rectifications int     not null,
    score                  numeric not null,
    list                   text check (list in ('RED', 'BLACK')),
    primary key (period_id, organisation_id)
);
create function period_ranking_is_kept() returns trigger language plpgsql as
$$
begin
    raise exception 'a frozen period''s ranking is kept as issued (% refused)', tg_op;
end;
$$;
-- Row-level: a cascade that touches no kept ranking (an unfrozen period dropped) goes through.
create trigger period_ranking_kept before update or delete on period_ranking
    for each row execute function period_ranking_is_kept();
-- (as with a frozen period's standings, a plan with an issued bulletin cannot be deleted by cascade.)

-- A reminder satisfied before it was read is withdrawn: out of the inbox, its deliveries not sent.
alter table notification add column withdrawn_at timestamptz;
-- The n-th ':'-separated part of a reminder's key as a number, null when it is not one (keys differ in shape).
create function key_part(key text, n int) returns bigint language sql immutable as
$$
select case when split_part(key, ':', n) ~ '^[0-9]{1,18}$' then split_part(key, ':', n)::bigint end
$$;
alter table notification drop constraint notification_grade_check;
alter table notification add constraint notification_grade_check check (grade in ('BLUE', 'YELLOW', 'RED', 'INFO'));

-- Each task's counted entry per period: the latest revision of its entry in a report that reached
-- the office (approved by the unit head, or accepted), made by a given moment. One definition for
-- the standings, the report form's "last period", the bulletin's snapshot and the problems list.
create function counted_entry(p_plan bigint, p_as_of timestamptz default 'infinity')
    returns table (entry_id bigint, task_id bigint, period_id bigint, period_starts date, period_label text,
                   percent_done numeric, narrative text, problems text, next_steps text, complete boolean,
                   created_at timestamptz)
    language sql stable as
$$
select distinct on (e.task_id, p.id) e.id, e.task_id, p.id, p.starts, p.label, e.percent_done, e.narrative, e.problems,
       e.next_steps, e.complete, e.created_at
from task_entry e join unit_report r on r.id = e.report_id join reporting_period p on p.id = r.period_id
where p.plan_id = p_plan and r.state in ('APPROVED', 'ACCEPTED') and e.created_at <= p_as_of
order by e.task_id, p.id, e.revision desc
$$;

-- Spring Modulith's event publication registry (its v2 schema for PostgreSQL): an event for a
-- listener in another module is stored with the change that caused it and marked complete when
-- handled, so a crash in between loses nothing.
create table event_publication (
    id                     uuid        not null primary key,
    listener_id            text        not null,
    event_type             text        not null,
    serialized_event       text        not null,
    publication_date       timestamptz not null,
    completion_date        timestamptz,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamptz
);
create index event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on event_publication (completion_date);

-- A task not reported keeps the figure of its last report; one never reported has none.
alter table attention_item alter column completion drop not null;
