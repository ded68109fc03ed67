-- A roll-up reads the current standing of each part of a task (逐级汇总): by task, across plans,
-- which the period-first key cannot answer without reading every standing.
create index task_standing_task on task_standing (task_id, period_id);
