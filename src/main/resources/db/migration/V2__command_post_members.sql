-- A campaign's command post (指挥部) shares its work among member units (成员单位).
create table command_post_member (
    command_post_id bigint not null references organisation (id),
    member_id       bigint not null references organisation (id),
    primary key (command_post_id, member_id),
    check (command_post_id <> member_id)
);
