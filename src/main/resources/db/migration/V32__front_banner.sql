-- The breaking-news banner: one short line above every reader page, linking to a story, until it expires or an
-- editor ends it. A row per banner ever shown (the audit log says who changed what); at most one is live, the row
-- not yet ended. Setting a new banner ends the live one in the same transaction.
create table front_banners (
    id            bigserial    primary key,
    line          varchar(200) not null,
    level         varchar(12)  not null,
    article_id    bigint,
    expires_at    timestamptz  not null,
    created_at    timestamptz  not null,
    created_by    bigint,
    modified_at   timestamptz  not null,
    ended_at      timestamptz,
    constraint front_banners_level_known check (level in ('BREAKING', 'DEVELOPING')),
    constraint front_banners_line_not_blank check (btrim(line) <> '')
);

create unique index front_banners_one_live on front_banners ((true)) where ended_at is null;

-- Every instance's page cache shows the banner: any change to it empties them all, as a story's publication does.
create trigger front_banners_content_changed after insert or update or delete on front_banners
    for each statement execute function newsroom_content_changed();
