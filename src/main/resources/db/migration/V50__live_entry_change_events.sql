-- The changes feed (change_events, V42) hears of live coverage's entries (issue 17): an entry readers can see posted
-- (live_entry.published), edited, marked or unmarked as a key event, pinned or unpinned (live_entry.updated), or
-- deleted (live_entry.deleted, a tombstone: the entry's id and the time). The subject is the entry's id; the feed's
-- answer adds its story (ChangesApiController). The webhooks read the same type names.
--
-- Only what readers can see makes an event, as for stories (V43): an entry posted in a public story whose time has
-- come. A draft entry never makes one, nor does any entry while its story is not public; a story that becomes public
-- says so with its own article.published, and its entries are in the content API from then on. "Time has come" is
-- the database's now(), the time of the change's transaction, as the reader site's clock on a server in step with it.
alter table change_events drop constraint change_events_type_known;
alter table change_events add constraint change_events_type_known check (type in (
    'article.published', 'article.republished', 'article.updated', 'article.revised', 'article.corrected',
    'article.unpublished', 'section.renamed', 'tag.renamed', 'image.changed',
    'live_entry.published', 'live_entry.updated', 'live_entry.deleted'));

create function newsroom_live_story_public(story bigint) returns boolean language sql stable as $$
    select exists (select 1 from articles where id = story and status = 'PUBLISHED' and published_at <= now())
$$;

create function newsroom_live_entry_change_event() returns trigger language plpgsql as $$
declare
    was_visible boolean := tg_op <> 'INSERT' and old.posted_at is not null and old.deleted_at is null;
    is_visible  boolean := tg_op <> 'DELETE' and new.posted_at is not null and new.deleted_at is null;
    story       bigint  := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
begin
    if not (was_visible or is_visible) or not newsroom_live_story_public(story) then
        return null; -- a draft, an entry deleted before, or a story readers do not see
    end if;
    if tg_op = 'DELETE' or (was_visible and not is_visible) then
        perform newsroom_change_event('live_entry.deleted', old.id);
    elsif not was_visible then
        perform newsroom_change_event('live_entry.published', new.id);
    elsif (old.title, old.body_html, old.key_event, old.updated_at)
            is distinct from (new.title, new.body_html, new.key_event, new.updated_at)
        -- Posted in this transaction: its publication says it all.
        and not exists (select 1 from change_events
                        where txid = pg_current_xact_id() and subject_id = new.id
                          and type = 'live_entry.published') then
        perform newsroom_change_event('live_entry.updated', new.id);
    end if;
    return null;
end;
$$;
create trigger live_entries_change_event after insert or update or delete on live_entries
    for each row execute function newsroom_live_entry_change_event();

-- A pin moves an entry to the top of its story's page: the entry pinned and the one unpinned read differently in the
-- content API (their "pinned" mark), so both are updated, when readers see them.
create function newsroom_live_pin_change_event() returns trigger language plpgsql as $$
begin
    if old.pinned_entry_id is not distinct from new.pinned_entry_id
        or not newsroom_live_story_public(new.article_id) then
        return null;
    end if;
    perform newsroom_change_event('live_entry.updated', e.id)
    from live_entries e
    where e.id in (old.pinned_entry_id, new.pinned_entry_id)
      and e.posted_at is not null and e.deleted_at is null;
    return null;
end;
$$;
create trigger live_stories_pin_change_event after update on live_stories
    for each row execute function newsroom_live_pin_change_event();
