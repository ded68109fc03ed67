-- A report step (submit, approve, accept, return, correction) asks for its plan's standings to be
-- computed again, in its own transaction; the computation runs after the commit, at most one per plan
-- at a time, later steps folded into the next run. A request left by a crash is picked up by the
-- reminder job's refresh of stale plans.
create table standing_request (
    id           bigserial   primary key,
    plan_id      bigint      not null references plan (id) on delete cascade,
    requested_at timestamptz not null default now()
);
create index standing_request_plan on standing_request (plan_id, id);
