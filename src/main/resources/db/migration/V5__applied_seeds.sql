-- One row per data seed that has run (e.g. the demo content), so that no seed ever runs twice,
-- even when several instances start at the same time.
create table applied_seeds (
    name       varchar(100) primary key,
    applied_at timestamptz not null default now()
);
