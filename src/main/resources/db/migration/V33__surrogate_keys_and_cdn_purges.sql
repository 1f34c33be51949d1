-- Targeted invalidation: a change names what it touched in surrogate keys, the same names the public pages carry in
-- their Surrogate-Key header (docs/cdn.md):
--   a:<article id>  a story's content        s:<section id>  a section's list of stories (and its parent's)
--   t:<tag id>      a tag's list of stories  p:<author id>   an author's list of stories
--   i:<image id>    an image                 front, feeds, sitemaps, corrections, search: those pages
--   *               everything (a section renamed, the site's menu changed, or too many keys for one notification)
-- The triggers gather a transaction's keys in change_keys; at commit one deferred trigger empties them, notifies the
-- instances' page caches (newsroom_content, payload "keys k1 k2 ...", or "*") and queues the CDN purges (cdn_purges).

create table change_keys (
    txid bigint       not null,
    key  varchar(200) not null,
    hard boolean      not null,
    primary key (txid, key)
);

-- What the configured CDN is still to be told, oldest first. Any instance sends it (FOR UPDATE SKIP LOCKED), after
-- claiming it by moving next_attempt_at; a failure is tried again later. Once taken, it is sent once more a moment
-- later (repeated), for the edge may have fetched the page again from an instance that had not yet heard of the change;
-- then the row goes.
create table cdn_purges (
    id              bigint generated always as identity primary key,
    keys            text[]       not null,
    hard            boolean      not null,
    created_at      timestamptz  not null default now(),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null default now(),
    last_error      varchar(500),
    repeated        boolean      not null default false
);
create index cdn_purges_due_idx on cdn_purges (next_attempt_at, id);

-- Notes in a story's history that are no revision: "Removed from the CDN at 10:02:03".
create table article_history_notes (
    id         bigint generated always as identity primary key,
    article_id bigint       not null references articles (id) on delete cascade,
    text       varchar(500) not null,
    created_at timestamptz  not null
);
create index article_history_notes_article_idx on article_history_notes (article_id, created_at);

create function newsroom_change(in_keys text[], in_hard boolean) returns void language plpgsql as $$
begin
    insert into change_keys as c (txid, key, hard)
    select distinct txid_current(), k, in_hard from unnest(in_keys) k where k is not null
    on conflict (txid, key) do update set hard = c.hard or excluded.hard;
end;
$$;

create function newsroom_flush_change_keys() returns trigger language plpgsql as $$
declare
    all_keys  text[];
    hard_keys text[];
    soft_keys text[];
    payload   text;
begin
    with gone as (delete from change_keys where txid = new.txid returning key, hard)
    select array_agg(key order by key),
           array_agg(key order by key) filter (where hard),
           array_agg(key order by key) filter (where not hard)
    into all_keys, hard_keys, soft_keys
    from gone;
    if all_keys is null then
        return null; -- an earlier row of the same transaction flushed them all
    end if;
    if '*' = any (all_keys) then
        payload := '*';
        hard_keys := case when hard_keys is null then null else array['*'] end;
        soft_keys := case when hard_keys is null then array['*'] else null end;
    else
        payload := 'keys ' || array_to_string(all_keys, ' ');
        -- NOTIFY takes payloads shorter than 8000 bytes: a larger change empties the caches altogether.
        if octet_length(payload) >= 8000 then
            payload := '*';
        end if;
    end if;
    perform pg_notify('newsroom_content', payload);
    if hard_keys is not null then
        insert into cdn_purges (keys, hard) values (hard_keys, true);
    end if;
    if soft_keys is not null then
        insert into cdn_purges (keys, hard) values (soft_keys, false);
    end if;
    return null;
end;
$$;

create constraint trigger change_keys_flush
    after insert on change_keys
    deferrable initially deferred
    for each row execute function newsroom_flush_change_keys();

-- A section's list is shown on its page and its parent's.
create function newsroom_section_keys(in_section bigint) returns text[] language sql stable as $$
    select coalesce(array_agg('s:' || id), '{}')
    from sections
    where id = in_section or id = (select parent_id from sections where id = in_section)
$$;

-- Whether no public story but this one is in the section's top-level section or its subsections: the site's menu
-- lists a top-level section only while it shows a published story.
create function newsroom_alone_in_menu(in_section bigint, in_article bigint) returns boolean language sql stable as $$
    select not exists (
        select 1
        from articles a
        join sections s on s.id = a.section_id
        where a.status = 'PUBLISHED'
          and a.id <> in_article
          and coalesce(s.parent_id, s.id) = (select coalesce(parent_id, id) from sections where id = in_section))
$$;

create function newsroom_story_changed(
    in_id bigint, was_public boolean, is_public boolean, old_section bigint, new_section bigint,
    old_published timestamptz, new_published timestamptz) returns void language plpgsql as $$
declare
    keys text[] := array['a:' || in_id, 'feeds', 'sitemaps', 'search'];
begin
    -- Joined or left lists, or moved in them: the pages of those lists.
    if was_public is distinct from is_public
        or old_section is distinct from new_section
        or old_published is distinct from new_published then
        keys := keys || array['front', 'corrections']
            || newsroom_section_keys(old_section) || newsroom_section_keys(new_section)
            || array(select 't:' || tag_id from article_tags where article_id = in_id)
            || array(select 'p:' || author_id from article_authors where article_id = in_id);
        if (is_public and (not was_public or old_section is distinct from new_section)
                and newsroom_alone_in_menu(new_section, in_id))
            or (was_public and (not is_public or old_section is distinct from new_section)
                and newsroom_alone_in_menu(old_section, in_id)) then
            keys := keys || '*'::text;
        end if;
    end if;
    -- Unpublishing is often a legal matter: its purges are hard, never a soft purge that may serve the old copy once.
    perform newsroom_change(keys, was_public and not is_public);
end;
$$;

create or replace function newsroom_article_visible_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            perform newsroom_story_changed(old.id, true, false, old.section_id, null, old.published_at, null);
        end if;
        return null;
    end if;
    if tg_op = 'INSERT' then
        if new.status = 'PUBLISHED' then
            perform newsroom_story_changed(new.id, false, true, null, new.section_id, null, new.published_at);
        end if;
        return null;
    end if;
    if (old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
        and (old.status, old.headline, old.deck, old.body_html, old.slug, old.section_id, old.dateline, old.language,
             old.seo_title, old.seo_description, old.published_at, old.updated_at, old.lead_image_id,
             old.lead_image_alt, old.lead_image_caption, old.lead_image_decorative)
            is distinct from
            (new.status, new.headline, new.deck, new.body_html, new.slug, new.section_id, new.dateline, new.language,
             new.seo_title, new.seo_description, new.published_at, new.updated_at, new.lead_image_id,
             new.lead_image_alt, new.lead_image_caption, new.lead_image_decorative) then
        perform newsroom_story_changed(
            new.id, old.status = 'PUBLISHED', new.status = 'PUBLISHED', old.section_id, new.section_id,
            old.published_at, new.published_at);
    end if;
    return null;
end;
$$;

-- Tags and bylines of public stories: the story, and the lists it joined or left.
drop trigger article_authors_content_changed on article_authors;
drop trigger article_tags_content_changed on article_tags;
create function newsroom_article_author_link_changed() returns trigger language plpgsql as $$
declare
    story bigint := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
    keys  text[] := array['a:' || story, 'feeds', 'sitemaps'];
begin
    if exists (select 1 from articles where id = story and status = 'PUBLISHED') then
        if tg_op <> 'INSERT' then keys := keys || ('p:' || old.author_id); end if;
        if tg_op <> 'DELETE' then keys := keys || ('p:' || new.author_id); end if;
        perform newsroom_change(keys, false);
    end if;
    return null;
end;
$$;
create function newsroom_article_tag_link_changed() returns trigger language plpgsql as $$
declare
    story bigint := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
    keys  text[] := array['a:' || story, 'feeds', 'sitemaps'];
begin
    if exists (select 1 from articles where id = story and status = 'PUBLISHED') then
        if tg_op <> 'INSERT' then keys := keys || ('t:' || old.tag_id); end if;
        if tg_op <> 'DELETE' then keys := keys || ('t:' || new.tag_id); end if;
        perform newsroom_change(keys, false);
    end if;
    return null;
end;
$$;
drop function newsroom_article_link_changed();
create trigger article_authors_content_changed after insert or update or delete on article_authors
    for each row execute function newsroom_article_author_link_changed();
create trigger article_tags_content_changed after insert or update or delete on article_tags
    for each row execute function newsroom_article_tag_link_changed();

-- Corrections: the story's pages and the corrections page, when the story is public.
drop trigger article_corrections_content_changed on article_corrections;
create function newsroom_correction_changed() returns trigger language plpgsql as $$
declare
    story bigint := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
begin
    if exists (select 1 from articles where id = story and status = 'PUBLISHED') then
        perform newsroom_change(array['a:' || story, 'corrections', 'feeds'], false);
    end if;
    return null;
end;
$$;
create trigger article_corrections_content_changed after insert or update or delete on article_corrections
    for each row execute function newsroom_correction_changed();

-- A story's old address answers 301 to the new one: the story's key covers both.
drop trigger article_redirects_content_changed on article_redirects;
create function newsroom_redirect_changed() returns trigger language plpgsql as $$
begin
    perform newsroom_change(array['a:' || case when tg_op = 'DELETE' then old.article_id else new.article_id end],
                            false);
    return null;
end;
$$;
create trigger article_redirects_content_changed after insert or update or delete on article_redirects
    for each row execute function newsroom_redirect_changed();

-- Sections are in every page's menu: a change to one empties everything. They are few, and change rarely.
drop trigger sections_content_changed on sections;
create function newsroom_everything_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    perform newsroom_change(array['*'], false);
    return null;
end;
$$;
create trigger sections_content_changed after update or delete on sections
    for each row
    execute function newsroom_everything_changed();

-- A tag's or an author's name shows on its page and on the public stories that carry it. A new one is on no public
-- story yet.
drop trigger tags_content_changed on tags;
create function newsroom_tag_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    perform newsroom_change(
        array['t:' || old.id, 'feeds', 'sitemaps']
            || array(select 'a:' || t.article_id
                     from article_tags t join articles a on a.id = t.article_id
                     where t.tag_id = old.id and a.status = 'PUBLISHED'),
        false);
    return null;
end;
$$;
create trigger tags_content_changed after update or delete on tags
    for each row
    execute function newsroom_tag_changed();

drop trigger authors_content_changed on authors;
create function newsroom_author_changed() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' and old is not distinct from new then
        return null;
    end if;
    perform newsroom_change(
        array['p:' || old.id, 'feeds', 'sitemaps']
            || array(select 'a:' || b.article_id
                     from article_authors b join articles a on a.id = b.article_id
                     where b.author_id = old.id and a.status = 'PUBLISHED'),
        false);
    return null;
end;
$$;
create trigger authors_content_changed after update or delete on authors
    for each row
    execute function newsroom_author_changed();

-- An image's alt text, caption, credit or renditions: the image and the public stories that show it. Deleting an
-- image purges its files hard (its renditions carry its key, see MediaFileController).
create or replace function newsroom_image_visible_change() returns trigger language plpgsql as $$
declare
    image bigint := case when tg_op = 'DELETE' then old.id else new.id end;
begin
    if tg_op = 'UPDATE' and not exists (select 1 from article_images ai join articles a on a.id = ai.article_id
                                        where ai.image_id = image and a.status = 'PUBLISHED') then
        return null; -- no reader sees it yet
    end if;
    perform newsroom_change(
        array['i:' || image]
            || array(select 'a:' || ai.article_id
                     from article_images ai join articles a on a.id = ai.article_id
                     where ai.image_id = image and a.status = 'PUBLISHED'),
        tg_op = 'DELETE');
    return null;
end;
$$;
create trigger media_images_content_deleted
    after delete on media_images
    for each row
    execute function newsroom_image_visible_change();
