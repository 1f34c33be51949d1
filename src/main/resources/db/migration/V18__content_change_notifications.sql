-- Every instance keeps rendered public pages in memory. Whenever something readers can see changes, the database
-- tells every instance (NOTIFY, delivered when the transaction commits), and each drops its cached pages.

create function newsroom_content_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_content', tg_table_name);
    return null;
end;
$$;

-- Stories: only when a public story changes, or a story becomes or stops being public. Saving a draft or a working
-- copy changes nothing readers see, and must not empty the caches.
create function newsroom_article_visible_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            perform pg_notify('newsroom_content', 'articles');
        end if;
        return null;
    end if;
    if tg_op = 'INSERT' then
        if new.status = 'PUBLISHED' then
            perform pg_notify('newsroom_content', 'articles');
        end if;
        return null;
    end if;
    if (old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
        and (old.status, old.headline, old.deck, old.body_html, old.slug, old.section_id, old.dateline, old.language,
             old.seo_title, old.seo_description, old.published_at, old.updated_at)
            is distinct from
            (new.status, new.headline, new.deck, new.body_html, new.slug, new.section_id, new.dateline, new.language,
             new.seo_title, new.seo_description, new.published_at, new.updated_at) then
        perform pg_notify('newsroom_content', 'articles');
    end if;
    return null;
end;
$$;

create trigger articles_content_changed
    after insert or update or delete on articles
    for each row
    execute function newsroom_article_visible_change();

-- Bylines and tags: only those of public stories.
create function newsroom_article_link_changed() returns trigger language plpgsql as $$
begin
    if exists (select 1 from articles
               where id = coalesce(new.article_id, old.article_id) and status = 'PUBLISHED') then
        perform pg_notify('newsroom_content', tg_table_name);
    end if;
    return null;
end;
$$;

create trigger article_authors_content_changed after insert or update or delete on article_authors
    for each row execute function newsroom_article_link_changed();
create trigger article_tags_content_changed after insert or update or delete on article_tags
    for each row execute function newsroom_article_link_changed();
create trigger article_corrections_content_changed after insert or update or delete on article_corrections
    for each statement execute function newsroom_content_changed();
create trigger sections_content_changed after insert or update or delete on sections
    for each statement execute function newsroom_content_changed();
create trigger tags_content_changed after insert or update or delete on tags
    for each statement execute function newsroom_content_changed();
create trigger authors_content_changed after insert or update or delete on authors
    for each statement execute function newsroom_content_changed();
create trigger article_redirects_content_changed after insert or update or delete on article_redirects
    for each statement execute function newsroom_content_changed();
