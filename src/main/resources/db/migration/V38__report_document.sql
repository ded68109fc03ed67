-- A unit's 工作汇报 brought to the import page and recognised as a report on a plan already in the
-- ledger: kept with the report it is to fill (the office fills it on the unit's behalf), so that the
-- report's page reads it into the form and the document stays beside what it filled.
create table report_document (
    report_id  bigint primary key references unit_report (id) on delete cascade,
    file_name  text        not null,
    text       text        not null,
    stored_by  text        not null,
    stored_at  timestamptz not null
);
