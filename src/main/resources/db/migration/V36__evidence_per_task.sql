-- 减负 (the 2024 rules against formalism): no photo or screenshot is demanded as proof of work by
-- default. The office may still require evidence for a task where it truly needs it; each such
-- demand is one row here, so a report needs evidence only on the lines the office named.
create table evidence_demand (
    task_id bigint primary key references task (id) on delete cascade,
    plan_id bigint      not null references plan (id) on delete cascade,
    set_by  text        not null,
    set_at  timestamptz not null
);
create index evidence_demand_plan on evidence_demand (plan_id);
