-- Full-text search over published stories: headline weighted above deck, deck above body, each story analysed
-- with the text-search configuration of its own language.

-- The configuration for a BCP 47 language tag; 'simple' (no stemming) for languages PostgreSQL has none for.
create function newsroom_ts_config(language varchar) returns regconfig
    language sql immutable parallel safe
as $$
select case split_part(lower(coalesce(language, '')), '-', 1)
    when 'ar' then 'arabic'::regconfig
    when 'da' then 'danish'::regconfig
    when 'de' then 'german'::regconfig
    when 'el' then 'greek'::regconfig
    when 'en' then 'english'::regconfig
    when 'es' then 'spanish'::regconfig
    when 'fi' then 'finnish'::regconfig
    when 'fr' then 'french'::regconfig
    when 'ga' then 'irish'::regconfig
    when 'hu' then 'hungarian'::regconfig
    when 'id' then 'indonesian'::regconfig
    when 'it' then 'italian'::regconfig
    when 'lt' then 'lithuanian'::regconfig
    when 'ne' then 'nepali'::regconfig
    when 'nl' then 'dutch'::regconfig
    when 'no' then 'norwegian'::regconfig
    when 'nb' then 'norwegian'::regconfig
    when 'pt' then 'portuguese'::regconfig
    when 'ro' then 'romanian'::regconfig
    when 'ru' then 'russian'::regconfig
    when 'sv' then 'swedish'::regconfig
    when 'ta' then 'tamil'::regconfig
    when 'tr' then 'turkish'::regconfig
    else 'simple'::regconfig
end
$$;

alter table articles add column search_vector tsvector;

create function articles_search_vector() returns trigger language plpgsql as $$
begin
    new.search_vector :=
        setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.headline, '')), 'A')
        || setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.deck, '')), 'B')
        || setweight(to_tsvector(newsroom_ts_config(new.language), coalesce(new.body_markdown, '')), 'C');
    return new;
end;
$$;

create trigger articles_search_vector
    before insert or update of headline, deck, body_markdown, language on articles
    for each row execute function articles_search_vector();

update articles set search_vector =
    setweight(to_tsvector(newsroom_ts_config(language), coalesce(headline, '')), 'A')
    || setweight(to_tsvector(newsroom_ts_config(language), coalesce(deck, '')), 'B')
    || setweight(to_tsvector(newsroom_ts_config(language), coalesce(body_markdown, '')), 'C');

create index articles_search_idx on articles using gin (search_vector) where status = 'PUBLISHED';
