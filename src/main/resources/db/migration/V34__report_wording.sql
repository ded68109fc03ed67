-- Issue 25, report once: a unit uploads its own 工作汇报 and Duban proposes its report's values from it. What the
-- liaison does with each proposal on confirming — keeps it, changes it, clears it, or places by hand a figure Duban
-- matched to no indicator — is kept as a labelled example: the words the document used, the indicator they measure.
-- The unit's later uploads weigh its own examples; the office exports them with the reader's corrections.
create table report_wording (
    id           bigserial   primary key,
    unit_id      bigint      not null references organisation (id),
    area_id      bigint      not null references organisation (id),
    report_id    bigint      not null references unit_report (id),
    indicator_id bigint      not null references indicator (id) on delete cascade,
    document     text        not null check (length(document) between 1 and 200),
    wording      text        not null check (length(wording) between 1 and 100),
    surface      text        not null default '' check (length(surface) <= 100),
    sentence     text        not null default '' check (length(sentence) <= 4000),
    how          text        not null default '' check (length(how) <= 20),
    proposed     numeric,
    confirmed    numeric,
    decision     text        not null check (decision in ('CONFIRMED', 'CHANGED', 'CLEARED', 'ASSIGNED')),
    decided_by   text        not null,
    decided_at   timestamptz not null
);
create index report_wording_unit on report_wording (unit_id, indicator_id);
create index report_wording_area on report_wording (area_id, id);
