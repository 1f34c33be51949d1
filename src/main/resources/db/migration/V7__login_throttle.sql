-- Failed sign-ins per account ('account:<email>') and per client ('client:<address>'), shared by every
-- instance, so that throttling and lock-outs hold behind a load balancer.
create table login_throttle (
    key             varchar(300) primary key,
    failures        integer     not null,
    last_failure_at timestamptz not null,
    locked_until    timestamptz,
    constraint login_throttle_failures_positive check (failures > 0)
);
