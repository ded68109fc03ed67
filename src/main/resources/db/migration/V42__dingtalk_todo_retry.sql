-- A 待办 the platform refused (down for a moment) is made again later: what it says is kept with it.
alter table dingtalk_todo add column description text not null default '';
alter table dingtalk_todo add column url text not null default '';
alter table dingtalk_todo add column due timestamptz;
alter table dingtalk_todo add column attempts int not null default 0;
