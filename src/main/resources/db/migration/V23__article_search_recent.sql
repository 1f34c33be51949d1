-- Search looks at the newest stories first: the publication time of the 5,000th newest story is read from this index,
-- and the matches among the stories published since are found by combining it with the GIN index, so that a common
-- word costs the same at 100,000 stories as at 5,000.
create index article_search_published_idx on article_search (published_at);
