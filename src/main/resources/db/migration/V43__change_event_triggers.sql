-- What writes the changes feed (change_events, V42): triggers on the tables of the modules that own the changes, in
-- the change's own transaction. Drafts never make an event: a story's events start when it goes public.

-- article: publication, republication, public update, minor fix, unpublication (a tombstone), deletion of a public
-- story (a tombstone too). The columns compared are those readers see, as for the change keys (V33).
create function newsroom_article_change_event() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        if old.status = 'PUBLISHED' then
            perform newsroom_change_event('article.unpublished', old.id);
        end if;
        return null;
    end if;
    if tg_op = 'INSERT' then
        if new.status = 'PUBLISHED' then
            perform newsroom_change_event('article.published', new.id);
        end if;
        return null;
    end if;
    if new.status = 'PUBLISHED' and old.status <> 'PUBLISHED' then
        -- A story unpublished (or unpublished and scheduled again) keeps its first publication time.
        perform newsroom_change_event(
            case when old.published_at is null then 'article.published' else 'article.republished' end, new.id);
    elsif old.status = 'PUBLISHED' and new.status <> 'PUBLISHED' then
        perform newsroom_change_event('article.unpublished', new.id);
    elsif new.status = 'PUBLISHED'
        and (old.headline, old.deck, old.body_html, old.slug, old.section_id, old.dateline, old.language,
             old.seo_title, old.seo_description, old.published_at, old.updated_at, old.lead_image_id,
             old.lead_image_alt, old.lead_image_caption, old.lead_image_decorative)
            is distinct from
            (new.headline, new.deck, new.body_html, new.slug, new.section_id, new.dateline, new.language,
             new.seo_title, new.seo_description, new.published_at, new.updated_at, new.lead_image_id,
             new.lead_image_alt, new.lead_image_caption, new.lead_image_decorative) then
        -- A change saved in several statements is one event: the first publication, republication or public update
        -- of the transaction says it all, and a later write of the same row in it (a body rendered again) adds none.
        if not exists (select 1 from change_events
                       where txid = pg_current_xact_id() and subject_id = new.id
                         and type in ('article.published', 'article.republished', 'article.updated')) then
            perform newsroom_change_event(
                case when old.updated_at is distinct from new.updated_at then 'article.updated' else 'article.revised' end,
                new.id);
        end if;
    end if;
    return null;
end;
$$;
create trigger articles_change_event after insert or update or delete on articles
    for each row execute function newsroom_article_change_event();

-- article: a correction, clarification or update note on a public story.
create function newsroom_correction_change_event() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        if (old.kind, old.text, old.published_at) is not distinct from (new.kind, new.text, new.published_at) then
            return null;
        end if;
    end if;
    if exists (select 1 from articles where id = new.article_id and status = 'PUBLISHED') then
        perform newsroom_change_event('article.corrected', new.article_id);
    end if;
    return null;
end;
$$;
create trigger article_corrections_change_event after insert or update on article_corrections
    for each row execute function newsroom_correction_change_event();

-- taxonomy: a section renamed (its name, or its slug, which is in every URL of its stories). Sections are in every
-- page's menu: public from the start.
create function newsroom_section_change_event() returns trigger language plpgsql as $$
begin
    if (old.name, old.slug) is distinct from (new.name, new.slug) then
        perform newsroom_change_event('section.renamed', new.id);
    end if;
    return null;
end;
$$;
create trigger sections_change_event after update on sections
    for each row execute function newsroom_section_change_event();

-- taxonomy: a tag renamed, once a public story carries it (before that, like its page, it is nobody's business).
create function newsroom_tag_change_event() returns trigger language plpgsql as $$
begin
    if (old.name, old.slug) is distinct from (new.name, new.slug)
        and exists (select 1 from article_tags t join articles a on a.id = t.article_id
                    where t.tag_id = new.id and a.status = 'PUBLISHED') then
        perform newsroom_change_event('tag.renamed', new.id);
    end if;
    return null;
end;
$$;
create trigger tags_change_event after update on tags
    for each row execute function newsroom_tag_change_event();

-- media: what readers see of an image (alt text, caption, credit, decorative), once a public story shows it.
create function newsroom_image_change_event() returns trigger language plpgsql as $$
begin
    if (old.alt_text, old.caption, old.credit, old.decorative)
            is distinct from (new.alt_text, new.caption, new.credit, new.decorative)
        and exists (select 1 from article_images ai join articles a on a.id = ai.article_id
                    where ai.image_id = new.id and a.status = 'PUBLISHED') then
        perform newsroom_change_event('image.changed', new.id);
    end if;
    return null;
end;
$$;
create trigger media_images_change_event after update on media_images
    for each row execute function newsroom_image_change_event();
