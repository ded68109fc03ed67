-- The government messaging app (钉钉 open platform shape). Its people, as its directory names them, beside the
-- Duban account each one is (matched by 工号 = username on import): userid for work notices and sign-in, unionid
-- for 待办. And each 待办 Duban made there: for which step, whose, its id there, and when it was done.
create table dingtalk_person (
    account_id bigint primary key references app_user (id) on delete cascade,
    user_id    text        not null unique,
    union_id   text        not null,
    name       text        not null,
    imported_at timestamptz not null
);

create table dingtalk_todo (
    id          bigserial primary key,
    step        text        not null,
    account_id  bigint      not null references app_user (id) on delete cascade,
    union_id    text        not null,
    task_id     text,
    subject     text        not null,
    created_at  timestamptz not null,
    done_at     timestamptz,
    failure     text,
    unique (step, account_id)
);
create index dingtalk_todo_open on dingtalk_todo (step) where done_at is null;
