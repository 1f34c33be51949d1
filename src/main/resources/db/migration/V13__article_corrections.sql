-- Public notes on published stories: corrections, clarifications and updates, each with its time.
create table article_corrections (
    id           bigint generated always as identity primary key,
    article_id   bigint        not null references articles (id) on delete cascade,
    kind         varchar(20)   not null,
    text         varchar(2000) not null,
    published_at timestamptz   not null,
    created_by   bigint references staff_users (id) on delete set null,
    constraint article_corrections_kind_known check (kind in ('CORRECTION', 'CLARIFICATION', 'UPDATE')),
    constraint article_corrections_text_not_blank check (btrim(text) <> '')
);

create index article_corrections_article_idx on article_corrections (article_id, published_at);
create index article_corrections_published_idx on article_corrections (published_at desc, id desc);
