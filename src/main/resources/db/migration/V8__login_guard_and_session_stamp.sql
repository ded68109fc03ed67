-- Every login attempt, for a known user name or not, with the address it came from: the
-- per-address limit counts the failures here, and the auditor can read who tried what.
create table login_attempt (
    id       bigserial primary key,
    at       timestamptz not null default now(),
    address  text        not null,
    username text        not null,
    success  boolean     not null
);
create index login_attempt_failures on login_attempt (address, at) where not success;

-- A session carries the stamp its account had when it was opened; disabling the account,
-- resetting or changing its password moves the stamp, and every older session ends.
alter table app_user add column session_stamp int not null default 0;
