-- Failed sign-ins, one row each, shared by every instance. They are counted per (account, client address), for
-- growing delays, and per client address across all accounts, for an hourly limit. Nothing is counted per account
-- alone: a stranger's failures must never lock an account out. The rows of a pair are removed when it signs in.
create table login_failures (
    id        bigint generated always as identity primary key,
    account   varchar(300) not null,
    client    varchar(100) not null,
    failed_at timestamptz  not null
);

create index login_failures_client_idx on login_failures (client, failed_at);
create index login_failures_pair_idx on login_failures (account, client, failed_at);
create index login_failures_failed_at_idx on login_failures (failed_at);

-- Replaced: it counted failures per account alone (anyone could lock any account for 15 minutes) and per client.
drop table login_throttle;
