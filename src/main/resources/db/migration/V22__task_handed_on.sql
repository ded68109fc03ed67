-- Whether a task's work was handed on — split among units (it has parts) or assigned to the areas
-- below — and so keeps no lead unit of its own. One definition for every list of tasks 待明确牵头单位,
-- the ledger's checks and the levels pages, in whichever module asks.
create function task_handed_on(p_task bigint) returns boolean language sql stable as
$$
select exists (select 1 from task c where c.part_of = p_task)
    or exists (select 1 from level_assignment a where a.task_id = p_task)
$$;
