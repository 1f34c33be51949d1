-- A page's Last-Modified includes the newest story taken down (it left the lists that showed it): read from the top
-- of this small index instead of scanning every story's modification time for an unpublished one.
create index articles_unpublished_modified_idx on articles (modified_at desc) where status = 'UNPUBLISHED';
