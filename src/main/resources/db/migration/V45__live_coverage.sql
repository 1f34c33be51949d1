-- Live coverage (docs/architecture.md, "Live coverage"): a published story made live carries entries, newest first.
-- Every change readers may see takes the next number of live_change_seq: the SSE event ids, and what a reader who
-- comes back (Last-Event-ID) or polls (?after=) asks for. Such a change names the story's pages in change_keys (the
-- story's page and, through the story's own key, the front page if it shows it; and the feeds), never the whole
-- cache, and notifies the instances on newsroom_live ("<story id> <change number>").
create sequence live_change_seq;

create table live_stories (
    article_id     bigint primary key references articles (id) on delete cascade,
    started_at     timestamptz  not null,
    started_by     varchar(254) not null,
    ended_at       timestamptz,
    pinned_entry_id bigint,
    change_seq     bigint       not null default nextval('live_change_seq')
);

create table live_entries (
    id            bigint generated always as identity primary key,
    article_id    bigint       not null references live_stories (article_id) on delete cascade,
    -- null while the entry is a draft: drafts are never shown, streamed or counted
    posted_at     timestamptz,
    updated_at    timestamptz,
    deleted_at    timestamptz,
    title         varchar(300),
    body_markdown text         not null,
    body_html     text         not null,
    author_id     bigint,
    author_name   varchar(254) not null,
    key_event     boolean      not null default false,
    revision      integer      not null default 1,
    change_seq    bigint       not null default nextval('live_change_seq')
);
create index live_entries_page_idx on live_entries (article_id, posted_at desc, id desc)
    where posted_at is not null and deleted_at is null;
create index live_entries_changes_idx on live_entries (article_id, change_seq);

alter table live_stories add constraint live_stories_pinned_fk
    foreign key (pinned_entry_id) references live_entries (id) on delete set null;

-- Every saved text of an entry, for the history and the audit.
create table live_entry_revisions (
    id            bigint generated always as identity primary key,
    entry_id      bigint       not null references live_entries (id) on delete cascade,
    revision      integer      not null,
    title         varchar(300),
    body_markdown text         not null,
    key_event     boolean      not null,
    saved_at      timestamptz  not null,
    saved_by      varchar(254) not null,
    unique (entry_id, revision)
);

create function newsroom_live_changed() returns trigger language plpgsql as $$
declare
    story bigint := case when tg_op = 'DELETE' then old.article_id else new.article_id end;
    seq   bigint := case when tg_op = 'DELETE' then nextval('live_change_seq') else new.change_seq end;
begin
    if tg_table_name = 'live_entries' and tg_op <> 'DELETE' then
        if new.posted_at is null then
            return null; -- a draft: nothing readers see changed
        end if;
    end if;
    perform newsroom_change(array['a:' || story, 'feeds'], false);
    perform pg_notify('newsroom_live', story || ' ' || seq);
    return null;
end;
$$;

create trigger live_entries_changed after insert or update or delete on live_entries
    for each row execute function newsroom_live_changed();
create trigger live_stories_changed after insert or update or delete on live_stories
    for each row execute function newsroom_live_changed();
