-- 意见反馈 (issue 25, item 7): a unit tells the office, and the level above it, what the platform costs it
-- (填报负担). Kept as said, with who said it; read by the offices above the unit, never by 考核.
create table burden_feedback (
    id              bigserial primary key,
    organisation_id bigint      not null references organisation (id),
    body            text        not null check (length(body) between 2 and 1000),
    created_by      text        not null,
    created_at      timestamptz not null
);
create index burden_feedback_unit on burden_feedback (organisation_id, created_at desc);
