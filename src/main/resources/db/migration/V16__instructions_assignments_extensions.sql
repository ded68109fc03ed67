-- The office's paperwork (issue 12): a leader's 批示, the 交办事项 it becomes with its 签收,
-- 办理情况 and 办结, a unit's 延期申请, and the per-office, per-year 文号 every document takes.

-- 责任领导 is an account, not text: a 分管副县长 sees "my tasks". The text stays for imported
-- ledgers that name a leader who has no account yet.
alter table task add column leader_user_id bigint references app_user (id);
update task t set leader_user_id = u.id
from app_user u
where u.role = 'LEADER' and t.leader <> '' and (u.display_name = t.leader or u.display_name like '% ' || t.leader);
create index task_leader_user on task (leader_user_id);

-- A task waits for its lead unit's 签收; a unit may ask for 办结, and once the office accepts it
-- the task stops asking for reports.
alter table task add column signed_at timestamptz;
alter table task add column signed_by text;
alter table task add column closed_at timestamptz;
alter table task add column closed_by text;

create table document_number (
    area_id bigint not null references organisation (id),
    year    int    not null,
    last    int    not null,
    primary key (area_id, year)
);

create table instruction (
    id            bigserial primary key,
    area_id       bigint      not null references organisation (id),
    leader_id     bigint      not null references app_user (id),
    subject_kind  text        not null check (subject_kind in ('TASK', 'REPORT', 'FINDING', 'BULLETIN')),
    subject_id    bigint      not null,
    subject_title text        not null,
    text          text        not null check (length(text) between 1 and 1000),
    created_at    timestamptz not null default now()
);
create index instruction_leader on instruction (leader_id, created_at desc);
create index instruction_area on instruction (area_id, created_at desc);

create table assignment (
    id             bigserial primary key,
    area_id        bigint      not null references organisation (id),
    instruction_id bigint references instruction (id),
    number         text        not null,
    matter         text        not null check (length(matter) between 1 and 200),
    basis          text        not null default '',
    requirement    text        not null default '' check (length(requirement) <= 1000),
    lead_org_id    bigint      not null references organisation (id),
    deadline       date        not null,
    state          text        not null default 'ISSUED' check (state in ('ISSUED', 'SIGNED', 'CLOSING', 'CLOSED')),
    created_by     text        not null,
    created_at     timestamptz not null default now(),
    signed_by      text,
    signed_at      timestamptz,
    closed_by      text,
    closed_at      timestamptz,
    document       bytea       not null,
    document_sha256 text       not null
);
-- 文号 are unique per office: two counties may share a first character (青川县, 青神县).
create unique index assignment_number on assignment (area_id, number);
create index assignment_area on assignment (area_id, state, deadline);
create index assignment_lead on assignment (lead_org_id, state);

create table assignment_co_unit (
    assignment_id   bigint not null references assignment (id) on delete cascade,
    organisation_id bigint not null references organisation (id),
    primary key (assignment_id, organisation_id)
);

-- What the unit reported (办理情况), asked (申请办结), and what the office answered (退回, 办结).
create table assignment_step (
    id            bigserial primary key,
    assignment_id bigint      not null references assignment (id) on delete cascade,
    kind          text        not null check (kind in ('SIGNED', 'PROGRESS', 'CLOSING', 'RETURNED', 'CLOSED')),
    text          text        not null default '' check (length(text) <= 2000),
    actor         text        not null,
    actor_name    text        not null,
    at            timestamptz not null default now()
);
create index assignment_step_of on assignment_step (assignment_id, at);

create table extension_request (
    id               bigserial primary key,
    task_id          bigint      not null references task (id) on delete cascade,
    unit_id          bigint      not null references organisation (id),
    reason           text        not null check (length(reason) between 1 and 1000),
    old_deadline     date,
    proposed         date        not null,
    state            text        not null default 'PENDING' check (state in ('PENDING', 'APPROVED', 'REFUSED')),
    requested_by     text        not null,
    requested_at     timestamptz not null default now(),
    decided_by       text,
    decided_at       timestamptz,
    decision_reason  text        not null default '' check (length(decision_reason) <= 500)
);
-- One open request per task: a second waits for the first to be decided.
create unique index extension_request_one_open on extension_request (task_id) where state = 'PENDING';

-- A 督查通报 carries 第X期, numbered per office and year; a bulletin written again for the same
-- period (after a correction) keeps its number.
alter table generated_document add column issue int;

-- 督办单 (pressing an overdue or lagging task, graded 蓝/黄/红 by its delay) and 催办单 (asking a
-- unit for a missing report), each numbered and kept with what it is about. The key makes a
-- second click on the same day send nothing twice.
create table notice (
    id          bigserial primary key,
    area_id     bigint      not null references organisation (id),
    kind        text        not null check (kind in ('PRESS', 'URGE')),
    grade       text        check (grade in ('BLUE', 'YELLOW', 'RED')),
    task_id     bigint references task (id) on delete cascade,
    period_id   bigint references reporting_period (id) on delete cascade,
    unit_id     bigint      not null references organisation (id),
    number      text        not null,
    title       text        not null,
    document    bytea       not null,
    sha256      text        not null,
    dedupe_key  text        not null unique,
    created_by  text        not null,
    created_at  timestamptz not null default now()
);
create unique index notice_number on notice (area_id, number);
create index notice_task on notice (task_id);
create index notice_period on notice (period_id, unit_id);

-- A user's saved searches of the task list: a name and the query string that reproduces it.
create table saved_view (
    id         bigserial primary key,
    username   text        not null,
    name       text        not null check (length(name) between 1 and 40),
    query      text        not null check (length(query) <= 1000),
    created_at timestamptz not null default now(),
    unique (username, name)
);

-- A task's 签收 and 办结: when it was given to its unit, when the unit asked to close it and why.
-- Tasks already in the ledger were handed over before 签收 existed: they count as signed.
alter table task add column created_at timestamptz not null default now();
alter table task add column closing_requested_at timestamptz;
alter table task add column closing_note text not null default '' check (length(closing_note) <= 2000);
update task set signed_at = now(), signed_by = '（签收功能上线前已下达）';

-- What kind of plan it is, as offices file them; set on the import review page.
alter table plan add column kind text not null default '年度重点工作'
    check (kind in ('年度重点工作', '民生实事', '专项行动', '三年行动', '上级交办', '会议议定', '其他'));
