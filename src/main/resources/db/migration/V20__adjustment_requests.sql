-- 调整申请: the office that received a task from above asks the assigning level to change its
-- share of a quantity; that level approves (the share and the received task's target change,
-- both values kept here) or refuses with a reason.
create table adjustment_request (
    id              bigserial primary key,
    task_id         bigint      not null references task (id) on delete cascade,
    position        int         not null,
    old_value       numeric     not null,
    proposed        numeric     not null check (proposed >= 0),
    reason          text        not null check (length(reason) between 2 and 500),
    state           text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_by    text        not null,
    requested_at    timestamptz not null default now(),
    decided_by      text,
    decided_at      timestamptz,
    decision_reason text
);
create unique index adjustment_request_pending on adjustment_request (task_id) where state = 'PENDING';
