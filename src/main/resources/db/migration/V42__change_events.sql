-- The changes feed (/api/v1/changes): one row per change a consumer of the content API must hear of, written by the
-- triggers of the tables that change (V43), in the transaction of the change, so that a rolled-back change leaves no
-- event and a committed one is never lost. Owned by the distribution module.
--
-- Each event keeps the transaction that wrote it (txid, the full 64-bit xid8 that never wraps) and a sequence number
-- (id). Sequence numbers are taken in the order statements run, not in the order transactions commit: an event of a
-- transaction that is still open may have a smaller id than events already committed. So the feed never reads by id
-- alone. It lists only events of transactions that are all over (their txid below the oldest transaction of this
-- database still running), in (txid, id) order, and its cursor is the (txid, id) of the last event it gave: any event
-- that becomes visible later belongs to a transaction that was running then or began later, whose txid is at least
-- that horizon, so it sorts after every cursor given so far (ChangeFeed, README "Content API").
--
--   article.published    first publication         article.republished  back after an unpublication
--   article.updated      a public update           article.revised      a minor fix of what readers see
--   article.corrected    a correction note added or changed on a public story
--   article.unpublished  a tombstone: the story's id and the time, nothing more
--   section.renamed      a section's name or slug  tag.renamed          a public tag's name or slug
--   image.changed        alt text, caption, credit of an image a public story shows
create table change_events (
    id          bigint generated always as identity primary key,
    txid        xid8        not null default pg_current_xact_id(),
    type        varchar(40) not null,
    subject_id  bigint      not null,
    occurred_at timestamptz not null default now(),
    constraint change_events_type_known check (type in (
        'article.published', 'article.republished', 'article.updated', 'article.revised', 'article.corrected',
        'article.unpublished', 'section.renamed', 'tag.renamed', 'image.changed'))
);

-- The feed's one query: the events after a cursor, in (txid, id) order.
create index change_events_feed_idx on change_events (txid, id);

-- One event per thing, type and transaction: several rows of one change (a story's corrections saved together, an
-- image's fields one by one) are one event for a consumer.
create unique index change_events_once_per_transaction on change_events (txid, type, subject_id);

create function newsroom_change_event(in_type text, in_subject bigint) returns void language sql as $$
    insert into change_events (type, subject_id) values (in_type, in_subject)
    on conflict (txid, type, subject_id) do nothing
$$;
