-- The audit log: who did what to which story, and when. Append-only: rows can be inserted, never changed or
-- removed, so the record cannot be rewritten after the fact.
create table audit_log (
    id             bigint generated always as identity primary key,
    occurred_at    timestamptz  not null,
    actor_id       bigint,
    actor_name     varchar(254),
    action         varchar(40)  not null,
    article_id     bigint,
    subject        varchar(400),
    detail         varchar(1000),
    client_address varchar(100)
);

-- No foreign keys on purpose: an entry outlives the staff account or story it names.
create index audit_log_occurred_idx on audit_log (occurred_at desc, id desc);
create index audit_log_article_idx on audit_log (article_id, occurred_at desc) where article_id is not null;
create index audit_log_action_idx on audit_log (action, occurred_at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % is not allowed', tg_op;
end;
$$;

create trigger audit_log_append_only
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
