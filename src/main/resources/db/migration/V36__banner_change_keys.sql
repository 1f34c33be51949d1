-- The breaking-news banner is on every page: a change to it empties every instance's page cache and purges
-- everything at the CDN, through the change keys of V33 ("*"), rather than V18's notification, which tells the page
-- caches only.
create function newsroom_banner_changed() returns trigger language plpgsql as $$
begin
    perform newsroom_change(array['*'], false);
    return null;
end;
$$;

drop trigger front_banners_content_changed on front_banners;
create trigger front_banners_changed after insert or update or delete on front_banners
    for each statement execute function newsroom_banner_changed();
