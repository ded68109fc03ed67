-- Learning from corrections (issue 11): every correction a reviewer makes to what the reader read
-- is kept as a labelled example with its sentence — a kind, deadline or indicator set right, a
-- number that is no indicator quantity, a quantity the reader missed — and exported as JSONL in
-- ANNOTATION.md's fields, so the next reader has data to learn from and be measured on.
create table reader_correction (
    id           bigserial   primary key,
    doc          text        not null check (length(doc) between 1 and 200),
    sentence     text        not null check (length(sentence) between 1 and 4000),
    surface      text        not null check (length(surface) between 1 and 100),
    change       text        not null check (change in ('CORRECTED', 'DROPPED', 'ADDED')),
    original     jsonb,
    kind         text        check (kind in ('actual', 'target', 'other')),
    deadline     date,
    indicator    text        check (length(indicator) <= 100),
    corrected_by text        not null,
    corrected_at timestamptz not null default now()
);
create index reader_correction_doc on reader_correction (doc, id);
