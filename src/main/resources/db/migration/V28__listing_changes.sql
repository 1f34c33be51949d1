-- A list page's Last-Modified is the newest change among the stories it shows. A story that leaves the list (moved
-- to another section, a tag or a byline author taken off) is no longer among them, so the list's time would not move
-- and a reader asking If-Modified-Since would be told the old list still holds. Here each section, tag and author
-- remembers when a public story last joined or left it. The site reads it (PageLastModified); nothing else does.
create table listing_changes (
    scope      varchar(10) not null,
    scope_id   bigint      not null,
    changed_at timestamptz not null,
    primary key (scope, scope_id),
    constraint listing_changes_scope_known check (scope in ('section', 'tag', 'author'))
);

-- The time of a change is the story's own modified_at, which the application sets from its clock in the same
-- transaction, or the transaction's start if that is later (a change made in SQL, such as a tag merge, leaves
-- modified_at alone).
create function newsroom_listing_changed(in_scope varchar, in_scope_id bigint, in_article_id bigint) returns void
    language plpgsql as $$
begin
    if in_scope_id is null then
        return;
    end if;
    insert into listing_changes as l (scope, scope_id, changed_at)
    select in_scope, in_scope_id, greatest(a.modified_at, now()) from articles a where a.id = in_article_id
    on conflict on constraint listing_changes_pkey
        do update set changed_at = greatest(l.changed_at, excluded.changed_at);
end;
$$;

-- Tags and bylines are rewritten by position (Hibernate updates a row's tag_id when one ahead of it is removed), so
-- a single statement tells nothing. These triggers run at commit, when the transaction's rows are final: a pair
-- gone then has left, and a row written then has joined, but only for a story that is public by then. A story
-- unpublished in the same transaction is covered by the unpublished stories' own term.
create function newsroom_article_tags_listing() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE')
        and not exists (select 1 from article_tags where article_id = old.article_id and tag_id = old.tag_id)
        and exists (select 1 from articles where id = old.article_id and status = 'PUBLISHED') then
        perform newsroom_listing_changed('tag', old.tag_id, old.article_id);
    end if;
    if tg_op in ('UPDATE', 'INSERT')
        and exists (select 1 from article_tags where article_id = new.article_id and tag_id = new.tag_id)
        and exists (select 1 from articles where id = new.article_id and status = 'PUBLISHED') then
        perform newsroom_listing_changed('tag', new.tag_id, new.article_id);
    end if;
    return null;
end;
$$;

create constraint trigger article_tags_listing
    after insert or update of article_id, tag_id or delete on article_tags
    deferrable initially deferred
    for each row execute function newsroom_article_tags_listing();

create function newsroom_article_authors_listing() returns trigger language plpgsql as $$
begin
    if tg_op in ('UPDATE', 'DELETE')
        and not exists (select 1 from article_authors where article_id = old.article_id and author_id = old.author_id)
        and exists (select 1 from articles where id = old.article_id and status = 'PUBLISHED') then
        perform newsroom_listing_changed('author', old.author_id, old.article_id);
    end if;
    if tg_op in ('UPDATE', 'INSERT')
        and exists (select 1 from article_authors where article_id = new.article_id and author_id = new.author_id)
        and exists (select 1 from articles where id = new.article_id and status = 'PUBLISHED') then
        perform newsroom_listing_changed('author', new.author_id, new.article_id);
    end if;
    return null;
end;
$$;

create constraint trigger article_authors_listing
    after insert or update of article_id, author_id or delete on article_authors
    deferrable initially deferred
    for each row execute function newsroom_article_authors_listing();

-- A public story moved to another section leaves that section's page and its parent's (a section page lists its
-- subsections' stories too), and joins the new ones.
create function newsroom_article_section_listing() returns trigger language plpgsql as $$
begin
    perform newsroom_listing_changed('section', s.id, new.id)
    from sections s
    where s.id in (old.section_id, new.section_id)
       or s.id in (select parent_id from sections where id in (old.section_id, new.section_id));
    return null;
end;
$$;

create trigger articles_section_listing
    after update of section_id on articles
    for each row
    when (old.section_id is distinct from new.section_id and (old.status = 'PUBLISHED' or new.status = 'PUBLISHED'))
    execute function newsroom_article_section_listing();
