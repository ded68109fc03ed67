-- A ledger names co-operating units that are not in the county's organisation tree and need not be
-- (a city bureau's branch, a bank, a centre, a department not entered yet): they are kept on the task
-- by name, joined by 、 as the ledger writes them. They see nothing and report nothing: who sees a task
-- is still its lead unit and the units of task_co_unit.
alter table task add column outside_co_units text not null default '';
