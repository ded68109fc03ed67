-- Report once, for units that send their 工作汇报 to the office instead of signing in: the office
-- may fill a unit's report from that document on the unit's behalf. The report says so for good —
-- who in the office filled it and when — while the unit head still approves it as usual.
alter table unit_report add column on_behalf_by text;
alter table unit_report add column on_behalf_at timestamptz;
