-- Two factors (issue 10): a TOTP secret per account, SM4-encrypted by the application with a key
-- outside the database; one-time recovery codes kept only as digests; consecutive wrong codes.
alter table app_user
    add column totp_secret      text,
    add column totp_enabled_at  timestamptz,
    add column totp_last_step   bigint,
    add column phone            text;   -- SM4-encrypted personal data, masked in lists

create table recovery_code (
    user_id  bigint      not null references app_user (id) on delete cascade,
    digest   text        not null,
    used_at  timestamptz,
    primary key (user_id, digest)
);

-- API clients authenticate with a token, not a password on every call. Only a digest is kept;
-- the token is shown once, when made.
create table api_token (
    id           bigserial   primary key,
    user_id      bigint      not null references app_user (id) on delete cascade,
    name         text        not null check (length(name) between 1 and 50),
    prefix       text        not null,
    digest       text        not null unique,
    created_at   timestamptz not null default now(),
    expires_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_user on api_token (user_id);

-- A contact's address (an e-mail, or a robot's webhook with its access token) is encrypted; the
-- digest keeps each address once per unit and channel without storing it in the clear.
alter table contact add column digest text;
alter table contact drop constraint if exists contact_organisation_id_channel_address_key;
create unique index contact_unique_digest on contact (organisation_id, channel, coalesce(digest, address));
