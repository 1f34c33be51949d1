-- Bylines: a staff member, a freelancer or e.g. "Staff and agencies"; /author/{slug}.
create table authors (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    bio         text,
    created_at  timestamptz  not null default now(),
    modified_at timestamptz  not null default now(),
    constraint authors_slug_unique unique (slug),
    constraint authors_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint authors_name_not_blank check (btrim(name) <> '')
);
