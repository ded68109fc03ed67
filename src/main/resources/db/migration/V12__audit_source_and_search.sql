-- Each audit record names where its request came from and the request's id (X-Request-Id, also in
-- the log), so the auditor can follow one request through the log and the trail. Both are empty
-- for scheduled work and for records made before this migration; the chain's hash covers them
-- only when present, so earlier seals stay valid.
alter table audit_event add column address text, add column request_id text;

-- The auditor searches by time, by person and by action.
create index audit_event_at on audit_event (at);
create index audit_event_actor on audit_event (actor, id);
create index audit_event_action on audit_event (action, id);
