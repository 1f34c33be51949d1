-- The story as an editor's form was loaded, at the version that form holds: when their save meets a newer version,
-- the server merges three ways against it (what both started from), so that changes to different fields and
-- paragraphs both survive. One row per field, its text as the conflict screen compares it.
create table article_edit_bases (
    article_id bigint      not null references articles (id) on delete cascade,
    version    bigint      not null,
    field      varchar(40) not null,
    value      text,
    kept_at    timestamptz not null,
    primary key (article_id, version, field)
);
create index article_edit_bases_kept_at on article_edit_bases (kept_at);
