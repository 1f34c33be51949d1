-- Sections of the site (World, World > Middle East, Politics, ...). A section's slug is its URL segment
-- (/{section} and /{section}/{yyyy}/{MM}/{dd}/{slug}), so slugs are unique across all levels and may not
-- take a word that another public route uses.
create table sections (
    id          bigint generated always as identity primary key,
    slug        varchar(80)  not null,
    name        varchar(120) not null,
    parent_id   bigint references sections (id) on delete restrict,
    position    integer      not null default 0,
    created_at  timestamptz  not null default now(),
    modified_at timestamptz  not null default now(),
    constraint sections_slug_unique unique (slug),
    constraint sections_slug_format check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    constraint sections_slug_not_reserved check (slug not in (
        'admin', 'api', 'actuator', 'assets', 'author', 'authors', 'corrections', 'css', 'error', 'favicon',
        'feed', 'feeds', 'fonts', 'images', 'img', 'js', 'login', 'logout', 'media', 'news-sitemap', 'preview',
        'robots', 'rss', 'search', 'sitemap', 'sitemaps', 'static', 'tag', 'tags', 'webjars')),
    constraint sections_name_not_blank check (btrim(name) <> ''),
    constraint sections_not_own_parent check (parent_id is null or parent_id <> id)
);

create index sections_parent_idx on sections (parent_id, position);
