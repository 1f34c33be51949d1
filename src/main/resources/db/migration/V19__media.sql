-- The image library. The files live in the media store (newsroom.media.dir), each named by the SHA-256 of its bytes:
-- the original as uploaded, kept but never served, and its renditions, re-encoded from the pixels without metadata.
-- A row is written only after all of its files are stored.
create table media_images (
    id           bigint generated always as identity primary key,
    original_key varchar(64)   not null,
    format       varchar(10)   not null,
    file_name    varchar(255)  not null,
    byte_size    bigint        not null,
    width        integer       not null,
    height       integer       not null,
    alt_text     varchar(1000),
    caption      varchar(2000),
    credit       varchar(300),
    decorative   boolean       not null default false,
    created_at   timestamptz   not null,
    created_by   bigint references staff_users (id) on delete set null,
    modified_at  timestamptz   not null,
    modified_by  bigint references staff_users (id) on delete set null,
    version      bigint        not null default 0,
    -- The same bytes uploaded twice are one image.
    constraint media_images_original_unique unique (original_key),
    constraint media_images_original_key_format check (original_key ~ '^[0-9a-f]{64}$'),
    constraint media_images_format_known check (format in ('JPEG', 'PNG', 'WEBP', 'GIF')),
    constraint media_images_dimensions_positive check (width > 0 and height > 0 and byte_size > 0),
    constraint media_images_file_name_not_blank check (btrim(file_name) <> '')
);

-- The library grid: newest first.
create index media_images_created_idx on media_images (created_at desc, id desc);

create table media_renditions (
    image_id  bigint      not null references media_images (id) on delete cascade,
    format    varchar(10) not null,
    width     integer     not null,
    height    integer     not null,
    file_key  varchar(64) not null,
    byte_size integer     not null,
    primary key (image_id, format, width),
    constraint media_renditions_format_known check (format in ('WEBP', 'JPEG')),
    constraint media_renditions_file_key_format check (file_key ~ '^[0-9a-f]{64}$'),
    constraint media_renditions_dimensions_positive check (width > 0 and height > 0 and byte_size > 0)
);

-- Serving /media/{key}.{ext}: only the keys of renditions are ever served.
create index media_renditions_file_key_idx on media_renditions (file_key);

-- A story's lead image, with its alt text and caption for this use (empty: the image's own) and whether it is
-- decorative here. The same fields in the working copy and in every revision, like every other field of a story.
alter table articles add column lead_image_id bigint references media_images (id) on delete restrict;
alter table articles add column lead_image_alt varchar(1000);
alter table articles add column lead_image_caption varchar(2000);
alter table articles add column lead_image_decorative boolean not null default false;

alter table article_working_copies add column lead_image_id bigint references media_images (id) on delete restrict;
alter table article_working_copies add column lead_image_alt varchar(1000);
alter table article_working_copies add column lead_image_caption varchar(2000);
alter table article_working_copies add column lead_image_decorative boolean not null default false;

-- Revisions are history: they keep the id even after the image is deleted from the library.
alter table article_revisions add column lead_image_id bigint;
alter table article_revisions add column lead_image_alt varchar(1000);
alter table article_revisions add column lead_image_caption varchar(2000);
alter table article_revisions add column lead_image_decorative boolean not null default false;

-- Every library image a story's live row uses, as lead image or in its body: "used by" in the library, and the
-- database's refusal to delete an image in use. The working copy lists its own in image_ids.
create table article_images (
    article_id bigint not null references articles (id) on delete cascade,
    image_id   bigint not null references media_images (id) on delete restrict,
    primary key (article_id, image_id)
);
create index article_images_image_idx on article_images (image_id, article_id);

alter table article_working_copies add column image_ids bigint[] not null default '{}';
create index article_working_copies_image_ids_idx on article_working_copies using gin (image_ids);

-- Page caches: a public story's lead image is part of its pages.
create or replace function newsroom_article_visible_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            perform pg_notify('newsroom_content', 'articles');
        end if;
        return null;
    end if;
    if tg_op = 'INSERT' then
        if new.status = 'PUBLISHED' then
            perform pg_notify('newsroom_content', 'articles');
        end if;
        return null;
    end if;
    if (old.status = 'PUBLISHED' or new.status = 'PUBLISHED')
        and (old.status, old.headline, old.deck, old.body_html, old.slug, old.section_id, old.dateline, old.language,
             old.seo_title, old.seo_description, old.published_at, old.updated_at, old.lead_image_id,
             old.lead_image_alt, old.lead_image_caption, old.lead_image_decorative)
            is distinct from
            (new.status, new.headline, new.deck, new.body_html, new.slug, new.section_id, new.dateline, new.language,
             new.seo_title, new.seo_description, new.published_at, new.updated_at, new.lead_image_id,
             new.lead_image_alt, new.lead_image_caption, new.lead_image_decorative) then
        perform pg_notify('newsroom_content', 'articles');
    end if;
    return null;
end;
$$;

-- An image's alt text, caption, credit or renditions show on the pages of the public stories that use it. Uploading
-- an image, or changing one that no public story uses, leaves the caches alone.
create function newsroom_image_visible_change() returns trigger language plpgsql as $$
begin
    if exists (select 1 from article_images ai join articles a on a.id = ai.article_id
               where ai.image_id = coalesce(new.id, old.id) and a.status = 'PUBLISHED') then
        perform pg_notify('newsroom_content', tg_table_name);
    end if;
    return null;
end;
$$;

create trigger media_images_content_changed
    after update on media_images
    for each row
    when ((old.alt_text, old.caption, old.credit, old.decorative, old.width, old.height)
          is distinct from (new.alt_text, new.caption, new.credit, new.decorative, new.width, new.height))
    execute function newsroom_image_visible_change();
