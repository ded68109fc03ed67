-- Issue 22, item 6: the application's own database role could insert an audit row (back-dated,
-- from a foreign address), and the sealer sealed it as genuine. Every row the application writes now
-- carries a tag: HMAC-SM3 over the row's content under a key derived from the field key, which lives
-- outside the database. A row inserted by anyone holding only the database role has no valid tag,
-- and the auditor's verification names it.
create table audit_tag (
    event_id bigint primary key,
    tag      text   not null
);

-- Rows before this version were written untagged: verification expects tags from here on.
create table audit_tag_from (
    first_event_id bigint not null
);
insert into audit_tag_from (first_event_id) select coalesce(max(id), 0) + 1 from audit_event;

create trigger audit_tag_append_only
    before update or delete or truncate on audit_tag
    for each statement execute function audit_event_is_append_only();
create trigger audit_tag_from_fixed
    before insert or update or delete or truncate on audit_tag_from
    for each statement execute function audit_event_is_append_only();
