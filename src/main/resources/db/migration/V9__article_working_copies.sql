-- Who created and who last changed a story.
alter table articles add column created_by bigint references staff_users (id) on delete set null;
alter table articles add column modified_by bigint references staff_users (id) on delete set null;
create index articles_created_by_idx on articles (created_by);
create index articles_status_modified_idx on articles (status, modified_at desc);

-- Edits saved on a story that is (or was) public: readers keep seeing the article row, the live version,
-- until "Publish update" copies the working copy onto it. Tag and author ids keep their order.
create table article_working_copies (
    article_id      bigint primary key references articles (id) on delete cascade,
    headline        varchar(200) not null,
    deck            varchar(400),
    body_markdown   text         not null default '',
    slug            varchar(120) not null,
    section_id      bigint references sections (id) on delete set null,
    tag_ids         bigint[]     not null default '{}',
    author_ids      bigint[]     not null default '{}',
    dateline        varchar(80),
    language        varchar(35)  not null default 'en',
    seo_title       varchar(200),
    seo_description varchar(400),
    modified_at     timestamptz  not null,
    modified_by     bigint references staff_users (id) on delete set null,
    constraint article_working_copies_headline_not_blank check (btrim(headline) <> '')
);

-- An author may be a staff member.
alter table authors add column staff_user_id bigint references staff_users (id) on delete set null;
create unique index authors_staff_user_unique on authors (staff_user_id) where staff_user_id is not null;
