-- Topics that cut across sections (Syria, Geneva II, ...); /tag/{slug}.
create table tags (
    id         bigint generated always as identity primary key,
    slug       varchar(80)  not null,
    name       varchar(120) not null,
    created_at timestamptz  not null default now(),
    constraint tags_slug_unique unique (slug),
    constraint tags_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint tags_name_not_blank check (btrim(name) <> '')
);

create unique index tags_name_unique on tags (lower(name));
