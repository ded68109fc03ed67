-- Issue 24: a reminder names what it is about in columns of its own — the period, the report, the finding,
-- the deadline it counted from — instead of ids parsed back out of its dedupe key (key_part). Rows made
-- before are filled from their keys once, here.
alter table notification add column period_id bigint;
alter table notification add column report_id bigint;
alter table notification add column finding_id bigint;
alter table notification add column deadline date;

update notification set period_id = key_part(dedupe_key, 2)
    where dedupe_key like 'report-due:%' or dedupe_key like 'report-missing:%';
update notification set report_id = key_part(dedupe_key, 3) where dedupe_key like 'workflow:approve:%';
update notification set finding_id = key_part(dedupe_key, 2) where dedupe_key like 'rectification-%';
update notification set finding_id = key_part(dedupe_key, 3) where dedupe_key like 'workflow:rectification:%';
update notification set deadline = nullif(split_part(dedupe_key, ':', 3), '')::date
    where (dedupe_key like 'due-soon:%' or dedupe_key like 'overdue:%') and split_part(dedupe_key, ':', 3) ~ '^\d{4}-\d{2}-\d{2}$';
update notification set period_id = key_part(dedupe_key, 3) where dedupe_key like 'lagging:%';

drop function key_part(text, int);
