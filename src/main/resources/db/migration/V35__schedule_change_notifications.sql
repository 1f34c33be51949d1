-- Every instance keeps a timer for the next scheduled publication. Whenever a schedule is set, moved, cancelled,
-- fails or is carried out, the database tells every instance (NOTIFY on 'newsroom_schedule', delivered at commit),
-- and each sets its timer anew from the table. Only changes of schedule notify: saving a story does not.

create function newsroom_schedule_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('newsroom_schedule', tg_table_name);
    return null;
end;
$$;

create trigger articles_schedule_set after insert on articles
    for each row when (new.scheduled_at is not null)
    execute function newsroom_schedule_changed();
create trigger articles_schedule_changed after update on articles
    for each row when (old.scheduled_at is distinct from new.scheduled_at
                       or old.schedule_error is distinct from new.schedule_error
                       or old.status is distinct from new.status)
    execute function newsroom_schedule_changed();
create trigger articles_schedule_dropped after delete on articles
    for each row when (old.scheduled_at is not null)
    execute function newsroom_schedule_changed();

create trigger article_working_copies_schedule_set after insert on article_working_copies
    for each row when (new.scheduled_at is not null)
    execute function newsroom_schedule_changed();
create trigger article_working_copies_schedule_changed after update on article_working_copies
    for each row when (old.scheduled_at is distinct from new.scheduled_at
                       or old.schedule_error is distinct from new.schedule_error)
    execute function newsroom_schedule_changed();
create trigger article_working_copies_schedule_dropped after delete on article_working_copies
    for each row when (old.scheduled_at is not null)
    execute function newsroom_schedule_changed();
