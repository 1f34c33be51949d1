-- Articles: the stories readers see. Reader pages only ever read rows whose status is PUBLISHED.
create table articles (
    id              bigint generated always as identity primary key,
    headline        varchar(200) not null,
    deck            varchar(400),
    body_markdown   text         not null default '',
    body_html       text         not null default '',
    slug            varchar(120) not null,
    section_id      bigint references sections (id) on delete restrict,
    dateline        varchar(80),
    language        varchar(35)  not null default 'en',
    seo_title       varchar(200),
    seo_description varchar(400),
    status          varchar(20)  not null default 'DRAFT',
    published_at    timestamptz,
    updated_at      timestamptz,
    created_at      timestamptz  not null default now(),
    modified_at     timestamptz  not null default now(),
    version         bigint       not null default 0,
    -- The slug alone identifies a story, so that a wrong section or date in a URL can be redirected.
    constraint articles_slug_unique unique (slug),
    constraint articles_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint articles_headline_not_blank check (btrim(headline) <> ''),
    constraint articles_status_known check (status in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'UNPUBLISHED')),
    constraint articles_published_has_time check (status not in ('PUBLISHED', 'UNPUBLISHED') or published_at is not null),
    constraint articles_published_has_section check (status <> 'PUBLISHED' or section_id is not null),
    constraint articles_updated_after_published check (
        updated_at is null or (published_at is not null and updated_at >= published_at)),
    constraint articles_language_format check (language ~ '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$'),
    constraint articles_version_not_negative check (version >= 0)
);

-- Front page and feeds: newest published first.
create index articles_published_idx on articles (published_at desc, id desc) where status = 'PUBLISHED';
-- Section pages.
create index articles_section_published_idx on articles (section_id, published_at desc, id desc)
    where status = 'PUBLISHED';
-- The admin story list.
create index articles_modified_idx on articles (modified_at desc);

-- The byline: an ordered list of authors.
create table article_authors (
    article_id bigint  not null references articles (id) on delete cascade,
    position   integer not null,
    author_id  bigint  not null references authors (id) on delete restrict,
    primary key (article_id, position),
    constraint article_authors_position_not_negative check (position >= 0),
    -- Deferred, so that reordering a byline can swap two names inside one transaction.
    constraint article_authors_once unique (article_id, author_id) deferrable initially deferred
);

create index article_authors_author_idx on article_authors (author_id, article_id);

create table article_tags (
    article_id bigint  not null references articles (id) on delete cascade,
    position   integer not null,
    tag_id     bigint  not null references tags (id) on delete restrict,
    primary key (article_id, position),
    constraint article_tags_position_not_negative check (position >= 0),
    constraint article_tags_once unique (article_id, tag_id) deferrable initially deferred
);

create index article_tags_tag_idx on article_tags (tag_id, article_id);
