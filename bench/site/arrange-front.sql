-- A curated front page and a curated World section front for the benchmark, as editors would leave them: a lead and
-- ten top stories picked across the whole archive (old ones too, so that the page reads them by id rather than
-- finding them among the latest), with a front headline on some, and one chosen story unpublished afterwards, so that
-- the page also fills a slot whose story readers cannot see. Run by run.sh after the stories are generated
-- (CURATED=0 skips it, to measure the automatic front).

create temporary table picked as
    select id, row_number() over (order by id) - 1 as position
    from (select id from articles where status = 'PUBLISHED' order by md5(id::text) limit 11) chosen;

with revision as (
    insert into front_revisions (front_key, created_at, created_by_name, published_at)
    values ('front', now(), 'Bench editor', now())
    returning id
), slots as (
    insert into front_revision_slots (revision_id, position, article_id, headline)
    select revision.id, picked.position, picked.id, case when picked.position % 3 = 1 then 'A front headline' end
    from revision, picked
    returning revision_id
)
insert into fronts (front_key, live_revision_id, modified_at, modified_by_name)
select 'front', (select distinct revision_id from slots), now(), 'Bench editor'
on conflict (front_key) do update set live_revision_id = excluded.live_revision_id;

insert into front_working_slots (front_key, position, article_id, headline)
select 'front', position, id, null from picked
on conflict do nothing;

-- The World section front: ten of its own stories, from anywhere in its archive.
create temporary table picked_world as
    select a.id, row_number() over (order by a.id) - 1 as position
    from (select a.id from articles a join sections s on s.id = a.section_id
          where a.status = 'PUBLISHED' and (s.slug = 'world' or s.parent_id = (select id from sections where slug = 'world'))
          order by md5(a.id::text) limit 10) a;

with revision as (
    insert into front_revisions (front_key, created_at, created_by_name, published_at)
    select 'section:' || id, now(), 'Bench editor', now() from sections where slug = 'world'
    returning id, front_key
), slots as (
    insert into front_revision_slots (revision_id, position, article_id)
    select revision.id, picked_world.position, picked_world.id from revision, picked_world
    returning revision_id
)
insert into fronts (front_key, live_revision_id, modified_at, modified_by_name)
select front_key, id, now(), 'Bench editor' from revision
on conflict (front_key) do update set live_revision_id = excluded.live_revision_id;

-- The fifth chosen story of the front is taken down: its place goes to the next latest story.
update articles set status = 'UNPUBLISHED', modified_at = now() where id = (select id from picked where position = 4);

-- Every instance drops its cached pages.
select pg_notify('newsroom_content', 'front');
select pg_notify('newsroom_content', 's:world');
