-- Each tag's stories, newest first, straight from an index: related stories read the latest few stories of each of a
-- story's tags. Without the publication time here, PostgreSQL had to choose between walking all published stories
-- newest first (fast for a common tag, a full walk for a rare one) and reading all of a tag's stories (the reverse),
-- planning every tag anew. The time is copied from the story, only while it is published, and kept by triggers.
alter table article_tags add column published_at timestamptz;

update article_tags t
set published_at = a.published_at
from articles a
where a.id = t.article_id and a.status = 'PUBLISHED';

create index article_tags_published_idx on article_tags (tag_id, published_at desc, article_id desc)
    where published_at is not null;

create function article_tags_published_at() returns trigger language plpgsql as $$
begin
    new.published_at := (select case when a.status = 'PUBLISHED' then a.published_at end
                         from articles a where a.id = new.article_id);
    return new;
end;
$$;

create trigger article_tags_published_at
    before insert or update of article_id on article_tags
    for each row execute function article_tags_published_at();

create function articles_tags_published_at() returns trigger language plpgsql as $$
begin
    update article_tags
    set published_at = case when new.status = 'PUBLISHED' then new.published_at end
    where article_id = new.id
      and published_at is distinct from case when new.status = 'PUBLISHED' then new.published_at end;
    return null;
end;
$$;

create trigger articles_tags_published_at
    after update of status, published_at on articles
    for each row
    when (old.status is distinct from new.status or old.published_at is distinct from new.published_at)
    execute function articles_tags_published_at();
