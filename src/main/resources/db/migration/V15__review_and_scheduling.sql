-- Review: the note an editor leaves when sending a story back to its writer.
alter table articles add column review_note varchar(2000);
alter table articles add column review_note_by varchar(120);
alter table articles add column review_note_at timestamptz;

-- Scheduling: a first publication (status SCHEDULED) ...
alter table articles add column scheduled_at timestamptz;
alter table articles add column scheduled_by bigint references staff_users (id) on delete set null;
alter table articles add column schedule_error varchar(500);
alter table articles add constraint articles_scheduled_has_time check (status <> 'SCHEDULED' or scheduled_at is not null);

-- ... or the publication of an update, from the working copy.
alter table article_working_copies add column scheduled_at timestamptz;
alter table article_working_copies add column scheduled_by bigint references staff_users (id) on delete set null;
alter table article_working_copies add column scheduled_public_update boolean not null default true;
alter table article_working_copies add column schedule_error varchar(500);

-- The scheduler looks for what is due.
create index articles_scheduled_idx on articles (scheduled_at) where status = 'SCHEDULED';
create index article_working_copies_scheduled_idx on article_working_copies (scheduled_at) where scheduled_at is not null;
