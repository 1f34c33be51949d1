-- Soft locks: who has a story open in the editor, kept alive by the editor's heartbeat. A lock whose heartbeat
-- stopped is free again. Others can take it over; the one who held it is told by their next heartbeat.
create table article_edit_locks (
    article_id      bigint primary key references articles (id) on delete cascade,
    holder_id       bigint       not null references staff_users (id) on delete cascade,
    holder_name     varchar(120) not null,
    since           timestamptz  not null,
    heartbeat_at    timestamptz  not null,
    taken_from_id   bigint,
    taken_from_name varchar(120),
    taken_at        timestamptz
);
