-- Single sign-on (统一身份认证): a Duban account linked to a person's identity at the province's identity
-- service. Linked by the security administrator (or matched once by a configured claim, then kept as a
-- link); never an account made on the fly — roles and scope stay Duban's.
create table external_identity (
    provider   text        not null,
    subject    text        not null,
    account_id bigint      not null references app_user (id) on delete cascade,
    how        text        not null check (how in ('LINKED', 'MATCHED')),
    linked_by  text        not null,
    linked_at  timestamptz not null default now(),
    primary key (provider, subject),
    unique (provider, account_id)
);
