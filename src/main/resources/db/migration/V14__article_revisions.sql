-- Every save of a story, as an immutable snapshot of all its fields (not only the text), with who and when.
create table article_revisions (
    id              bigint generated always as identity primary key,
    article_id      bigint       not null references articles (id) on delete cascade,
    number          integer      not null,
    kind            varchar(20)  not null,
    restored_from   integer,
    headline        varchar(200) not null,
    deck            varchar(400),
    body_markdown   text         not null,
    slug            varchar(120) not null,
    section_id      bigint,
    tag_ids         bigint[]     not null default '{}',
    author_ids      bigint[]     not null default '{}',
    dateline        varchar(80),
    language        varchar(35)  not null,
    seo_title       varchar(200),
    seo_description varchar(400),
    created_at      timestamptz  not null,
    created_by      bigint,
    created_by_name varchar(120),
    constraint article_revisions_number_unique unique (article_id, number),
    constraint article_revisions_number_positive check (number > 0)
);

-- History pages list a story's revisions newest first without reading their bodies.
create index article_revisions_history_idx on article_revisions (article_id, number desc)
    include (kind, created_at, created_by_name, restored_from);

create function article_revisions_are_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'a revision is immutable';
end;
$$;

create trigger article_revisions_immutable
    before update on article_revisions
    for each row execute function article_revisions_are_immutable();
