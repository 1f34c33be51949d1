-- Search reads a narrow table of published stories instead of the articles themselves. A common word matches
-- thousands of stories; ranking them read one wide article row (its bodies inline) per match, about 9,000 pages for
-- one query at 100,000 stories. Here a match costs a short row: the headline-and-deck vector that ranks it is kept in
-- the row, while the full vector that the GIN index is built from is moved out of the row, since the index alone
-- decides what matches.
create table article_search (
    article_id    bigint      primary key references articles (id) on delete cascade,
    section_id    bigint      not null,
    published_at  timestamptz not null,
    -- Headline (weight A) and deck (weight B): what ranks a match.
    title_vector  tsvector    not null,
    -- Headline, deck and body (weight C): what finds it.
    search_vector tsvector    not null
) with (toast_tuple_target = 128);

alter table article_search
    alter column title_vector set storage main,
    alter column search_vector set storage extended;

create function article_search_refresh() returns trigger language plpgsql as $$
begin
    if new.status = 'PUBLISHED' then
        insert into article_search (article_id, section_id, published_at, title_vector, search_vector)
        values (new.id, new.section_id, new.published_at,
                setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.headline, '')), 'A')
                || setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.deck, '')), 'B'),
                setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.headline, '')), 'A')
                || setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.deck, '')), 'B')
                || setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.body_markdown, '')), 'C'))
        on conflict (article_id) do update
            set section_id = excluded.section_id, published_at = excluded.published_at,
                title_vector = excluded.title_vector, search_vector = excluded.search_vector;
    elsif tg_op = 'UPDATE' and old.status = 'PUBLISHED' then
        delete from article_search where article_id = new.id;
    end if;
    return null;
end;
$$;

create trigger article_search_refresh
    after insert or update of headline, deck, body_markdown, language, status, published_at, section_id on articles
    for each row execute function article_search_refresh();

insert into article_search (article_id, section_id, published_at, title_vector, search_vector)
select id, section_id, published_at,
       setweight(to_tsvector(newsroom_ts_config(language), coalesce(headline, '')), 'A')
       || setweight(to_tsvector(newsroom_ts_config(language), coalesce(deck, '')), 'B'),
       search_vector
from articles
where status = 'PUBLISHED';

create index article_search_idx on article_search using gin (search_vector);

drop trigger articles_search_vector on articles;
drop function articles_search_vector();
drop index articles_search_idx;
alter table articles drop column search_vector;
