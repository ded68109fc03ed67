-- Indicators are read by task everywhere (a report form, a standing, a roll-up's parts) and had
-- no index but their id: every such read scanned the whole table.
create index indicator_task on indicator (task_id, position);
