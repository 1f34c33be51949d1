-- Every URL a published story has had: when its slug or section changes, the old canonical path keeps answering
-- 301 to the current one, for good. One row per old path, pointing at the story (not at another path), so
-- chains collapse to a single hop. A slug once used by a story is never given to another one.
create table article_redirects (
    path       varchar(400) primary key,
    slug       varchar(120) not null,
    article_id bigint       not null references articles (id) on delete cascade,
    created_at timestamptz  not null default now()
);

create index article_redirects_article_idx on article_redirects (article_id);
create index article_redirects_slug_idx on article_redirects (slug);
