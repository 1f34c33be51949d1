package org.newsroom.article;

import java.util.List;
import java.util.regex.Pattern;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Search over published stories with PostgreSQL full-text search. The reader's words go through
 * {@code websearch_to_tsquery}, which accepts any text (quotes, {@code & | ! : * ( )}, SQL) without ever failing, in the
 * site's language and without stemming, so that words of stories in other languages are found too. Results come with a
 * highlighted passage.
 *
 * <p>Ranking: a match in the headline ranks above one in the deck, which ranks above a match in the body alone; among
 * equals, the newest story first. The rank is {@code ts_rank} (weights A for the headline, B for the deck) over the
 * headline and deck only, kept short in the narrow {@code article_search} table: a common word matches thousands of
 * stories, and ranking by the body's words too would read every match's full vector. {@code ts_rank_cd} ranked the
 * same way at three times the cost.
 */
@Service
public class ArticleSearch {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 50;
    public static final int MAX_QUERY_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD]");
    private static final Pattern MARKDOWN = Pattern.compile("\\]\\([^)]*\\)|!\\[|[#*_>`\\[\\]]");
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;
    private final PublishedArticleQueries published;
    private final String language;

    ArticleSearch(JdbcClient jdbc, PublishedArticleQueries published, NewsroomProperties properties) {
        this.jdbc = jdbc;
        this.published = published;
        this.language = properties.site().language();
    }

    /** The reader's words made safe to search for: control characters out, whitespace folded, length capped. */
    public static String clean(String query) {
        if (query == null) {
            return "";
        }
        String cleaned = CONTROL.matcher(query).replaceAll(" ").strip().replaceAll("\\s+", " ");
        return cleaned.length() > MAX_QUERY_LENGTH
                ? cleaned.substring(0, MAX_QUERY_LENGTH).strip()
                : cleaned;
    }

    /**
     * @param sectionId only stories of this section and its subsections, or {@code null}
     */
    @Transactional(readOnly = true)
    public SearchResults search(String query, Long sectionId, int page) {
        String cleaned = clean(query);
        int safePage = Math.clamp(page, 1, MAX_PAGE);
        if (cleaned.isEmpty()) {
            return new SearchResults(cleaned, List.of(), safePage, false);
        }
        List<SearchHit> hits = jdbc.sql("""
                        with q as (
                            select websearch_to_tsquery(newsroom_ts_config(:language), :q)
                                || websearch_to_tsquery('simple', :q) as query
                        ),
                        found as (
                            select x.article_id, ts_rank(x.title_vector, q.query) as rank, x.published_at
                            from q, article_search x
                            where x.search_vector @@ q.query and x.published_at <= :now
                              and (cast(:section as bigint) is null
                                   or x.section_id in (select id from sections where id = :section or parent_id = :section))
                            order by rank desc, x.published_at desc, x.article_id desc
                            limit :limit offset :offset
                        )
                        select a.id, a.headline, a.deck, a.slug, a.published_at, a.updated_at,
                               s.id as section_id, s.slug as section_slug, s.name as section_name,
                               p.slug as parent_slug, p.name as parent_name,
                               a.lead_image_id, a.lead_image_alt, a.lead_image_caption, a.lead_image_decorative,
                               ts_headline(newsroom_ts_config(a.language), a.body_markdown, q.query,
                                           'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                           || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                                   as snippet
                        from q, found f
                        join articles a on a.id = f.article_id and a.status = 'PUBLISHED'
                        join sections s on s.id = a.section_id
                        left join sections p on p.id = s.parent_id
                        order by f.rank desc, f.published_at desc, f.article_id desc
                        """)
                .param("language", language)
                .param("q", cleaned)
                .param("section", sectionId)
                .param("now", published.now())
                .param("limit", PAGE_SIZE + 1)
                .param("offset", (safePage - 1) * PAGE_SIZE)
                .query((rs, n) -> new SearchHit(published.summaryOf(rs), snippet(rs.getString("snippet"))))
                .list();
        boolean hasNext = hits.size() > PAGE_SIZE && safePage < MAX_PAGE;
        return new SearchResults(cleaned, hits.stream().limit(PAGE_SIZE).toList(), safePage, hasNext);
    }

    /** Escapes the passage, then marks the matches: nothing of the story's text can become markup. */
    static String snippet(String raw) {
        if (raw == null) {
            return "";
        }
        String plain = MARKDOWN.matcher(raw).replaceAll("");
        return HtmlUtils.htmlEscape(plain).replace(START, "<mark>").replace(STOP, "</mark>");
    }
}
