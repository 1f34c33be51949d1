-- Staff accounts. The email is the login name, stored in lower case.
create table staff_users (
    id            bigint generated always as identity primary key,
    email         varchar(254) not null,
    display_name  varchar(120) not null,
    password_hash varchar(500) not null,
    role          varchar(10)  not null,
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    modified_at   timestamptz  not null default now(),
    version       bigint       not null default 0,
    constraint staff_users_email_unique unique (email),
    constraint staff_users_email_format check (email ~ '^[^@\s]+@[^@\s]+$' and email = lower(email)),
    constraint staff_users_role_known check (role in ('WRITER', 'EDITOR', 'ADMIN')),
    constraint staff_users_name_not_blank check (btrim(display_name) <> '')
);
