-- A story's slug may keep the letters of a right-to-left script (Arabic, Hebrew, Syriac, Thaana: U+0590 to U+08FF),
-- whose transliterations leave out the vowels and cannot be read. Existing slugs all match the new rule, so no
-- published URL changes. Sections, tags and authors keep ASCII slugs.
alter table articles drop constraint articles_slug_format;
alter table articles add constraint articles_slug_format
    check (slug ~ '^[a-z0-9\u0590-\u08ff]+(-[a-z0-9\u0590-\u08ff]+)*$');
