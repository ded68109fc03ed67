-- Tamper evidence for the audit trail: each event, once committed, is sealed into a chain —
-- its SM3 hash over its own content and the hash of the seal before it. Editing or deleting a
-- sealed event, or a seal, breaks the chain where it happened; the auditor's verification finds it.
create table audit_seal (
    seq       bigserial   primary key,
    event_id  bigint      not null unique,
    prev_hash text        not null,
    hash      text        not null,
    sealed_at timestamptz not null default now()
);
create trigger audit_seal_append_only
    before update or delete or truncate on audit_seal
    for each statement execute function audit_event_is_append_only();
