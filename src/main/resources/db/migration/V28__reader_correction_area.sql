-- Issue 22, item 5: a county's reader corrections are its own. Each correction belongs to the area
-- (county, city) of the office that made it, and is exported to offices of that area only. Rows made
-- before are given the area of their author's unit as Organisations.topOf finds it.
alter table reader_correction add column area_id bigint references organisation (id);

with recursive up(username, id, parent_id, kind, depth) as (
    select u.username, o.id, o.parent_id, o.kind, 0 from app_user u join organisation o on o.id = u.organisation_id
    union all
    select up.username, o.id, o.parent_id, o.kind, up.depth + 1 from organisation o join up on o.id = up.parent_id
    where up.kind not in ('COUNTY', 'CITY', 'PROVINCE')),
area as (
    select distinct on (username) username, id from up order by username, depth desc)
update reader_correction c set area_id = area.id from area where area.username = c.corrected_by;

create index reader_correction_area on reader_correction (area_id, id);
-- The reader's own record shown beside a correction is small; a larger one is not what the page sends.
alter table reader_correction add constraint reader_correction_original_size check (original is null or length(original::text) <= 8000) not valid;
