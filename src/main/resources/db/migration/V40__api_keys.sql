-- Content API keys. Only the SHA-256 of a key is kept: the key itself is shown once, when it is made. A revoked key
-- stays, so that its use remains visible.
create table api_keys (
    id           bigserial primary key,
    name         varchar(100) not null,
    scope        varchar(20)  not null,
    token_hash   bytea        not null unique,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null,
    created_by   bigint,
    revoked_at   timestamptz,
    last_used_at timestamptz,
    constraint api_keys_scope check (scope in ('PUBLIC', 'PARTNER'))
);

-- Requests per key and day (UTC), for the admin screen.
create table api_key_usage (
    key_id   bigint  not null references api_keys (id) on delete cascade,
    day      date    not null,
    requests bigint  not null,
    primary key (key_id, day)
);

-- Fixed-window rate limits, shared by every instance: one row per client ('address:<ip>' or 'key:<id>') and
-- window, counted up with an upsert.
create table api_rate_windows (
    subject      varchar(200) not null,
    window_start timestamptz  not null,
    requests     integer      not null,
    primary key (subject, window_start)
);
