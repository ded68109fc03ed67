-- Issue 23, "one statement per fact": a task's standing in a period carries every figure its
-- sentence states, so that no output recomputes one: the lag in points that made it 滞后, and the
-- indicator its status rests on when it has several.
alter table task_standing add column lag numeric;
alter table task_standing add column behind text;
