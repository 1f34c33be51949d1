-- What a module's tables show to the other modules. A module's SQL reads only its own tables and these views, each
-- defined by the module that owns the table it reads. A view is a plain projection of one table, which PostgreSQL
-- inlines into the query that reads it: joining one costs the same plan, with the same indexes, as joining the table.
-- The owner may change its table as it likes so long as its view keeps these columns.

-- taxonomy: sections, for the pages, feeds and lists that name a story's section and its parent.
create view section_refs as
    select id, parent_id, slug, name, position, modified_at from sections;
comment on view section_refs is
    'Owned by the taxonomy module: a section''s id, parent, slug, name, menu position and last change.';

-- taxonomy: tags, for the pages and feeds that list a story's tags.
create view tag_refs as
    select id, slug, name from tags;
comment on view tag_refs is 'Owned by the taxonomy module: a tag''s id, slug and name.';

-- people: authors, for bylines and for the time an author page last changed.
create view author_refs as
    select id, slug, name, modified_at from authors;
comment on view author_refs is 'Owned by the people module: an author''s id, slug, name and last change.';

-- staff: the name a staff member is shown by (who last changed a story or an image, who held an edit lock).
create view staff_names as
    select id, display_name from staff_users;
comment on view staff_names is
    'Owned by the staff module: a staff member''s id and display name; never an email, role or password hash.';

-- media: when an image's details (alt text, caption, credit) last changed, for the pages that show it.
create view image_changes as
    select id, modified_at from media_images;
comment on view image_changes is 'Owned by the media module: an image''s id and the time its details last changed.';
