-- A change names its keys once per row it touches; a statement that touches many rows (an import, a bulk update)
-- names the same few keys (feeds, sitemaps, search, front, its sections) again for every row. The upsert of V33
-- rewrote the key's row each time, even when nothing changed, and every rewrite inside one transaction leaves a new
-- version of that row which the next upsert walks past: 100,000 stories inserted in one statement took minutes
-- instead of seconds. The row is now rewritten only when a hard purge is asked for a key that had only soft ones.
create or replace function newsroom_change(in_keys text[], in_hard boolean) returns void language plpgsql as $$
begin
    insert into change_keys as c (txid, key, hard)
    select distinct txid_current(), k, in_hard from unnest(in_keys) k where k is not null
    on conflict (txid, key) do update set hard = true where excluded.hard and not c.hard;
end;
$$;

-- At commit, the deferred trigger fires once for every key row the transaction inserted; the first firing takes them
-- all. The later ones looked for the transaction's rows again, walking past every row the first one had deleted, so
-- the commit of a statement that named 100,000 stories took longer than the statement. A firing whose own row is gone
-- now stops at once, looking up only that row.
create or replace function newsroom_flush_change_keys() returns trigger language plpgsql as $$
declare
    all_keys  text[];
    hard_keys text[];
    soft_keys text[];
    payload   text;
begin
    if not exists (select 1 from change_keys where txid = new.txid and key = new.key) then
        return null; -- an earlier row of the same transaction flushed them all
    end if;
    with gone as (delete from change_keys where txid = new.txid returning key, hard)
    select array_agg(key order by key),
           array_agg(key order by key) filter (where hard),
           array_agg(key order by key) filter (where not hard)
    into all_keys, hard_keys, soft_keys
    from gone;
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

-- The same for the times lists last changed (V28), which the commit's deferred triggers upsert once per tag and byline
-- row: the row of a section, tag or author is rewritten only when its time moves forward.
create or replace function newsroom_listing_changed(in_scope varchar, in_scope_id bigint, in_article_id bigint)
    returns void language plpgsql as $$
begin
    if in_scope_id is null then
        return;
    end if;
    insert into listing_changes as l (scope, scope_id, changed_at)
    select in_scope, in_scope_id, greatest(a.modified_at, now()) from articles a where a.id = in_article_id
    on conflict on constraint listing_changes_pkey
        do update set changed_at = excluded.changed_at where excluded.changed_at > l.changed_at;
end;
$$;
