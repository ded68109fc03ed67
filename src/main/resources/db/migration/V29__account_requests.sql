-- Issue 22, item 8 (三权分立): the system administrator could reset any account's password, sign in with
-- it and read business data, and disable or reset the auditor or the security administrator alone. Now
-- such a step is a request that another of the three confirms: a password reset always, and disabling,
-- enabling or resetting one of the three administrators. The temporary password is shown to the
-- confirming person only, once.
create table account_request (
    id           bigserial   primary key,
    kind         text        not null check (kind in ('RESET_PASSWORD', 'DISABLE', 'ENABLE')),
    user_id      bigint      not null references app_user (id),
    requested_by text        not null,
    requested_at timestamptz not null default now(),
    decided_by   text,
    decided_at   timestamptz,
    outcome      text        check (outcome in ('CONFIRMED', 'REFUSED')),
    check ((outcome is null) = (decided_at is null))
);
-- One open request of a kind per account.
create unique index account_request_open on account_request (user_id, kind) where outcome is null;
