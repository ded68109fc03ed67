-- 等保: a new password may not repeat the last five, and a password expires after a set age.
create table password_history (
    id         bigserial primary key,
    user_id    bigint      not null references app_user (id) on delete cascade,
    hash       text        not null,
    replaced_at timestamptz not null default now()
);
create index password_history_user on password_history (user_id, replaced_at desc);

alter table app_user add column password_changed_at timestamptz not null default now();
