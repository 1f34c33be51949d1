package org.newsroom.article;

import static org.newsroom.article.StoryRows.SECTION_JOINS;

import java.util.List;
import java.util.regex.Pattern;
import org.newsroom.platform.NewsroomProperties;
import org.newsroom.platform.Typography;
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
 * headline and deck only, kept short in the narrow {@code article_search} table: ranking by the body's words too would
 * read every match's full vector. The newest {@value #RECENT_STORIES} stories are searched first and their matches
 * come first; older matches follow, ranked the same way, and are read only when the newest do not fill the page. A
 * common word matches thousands of stories in a large archive, and ranking every match cost three times as much at
 * 100,000 stories as at 1,000.
 */
@Service
public class ArticleSearch {

    public static final int PAGE_SIZE = 20;
    public static final int MAX_PAGE = 50;
    public static final int MAX_QUERY_LENGTH = 200;

    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cs}\\uFFFD]");
    private static final Pattern MARKDOWN = Pattern.compile("\\]\\([^)]*\\)|!\\[|[#*_>`\\[\\]]");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final String START = "\u0002";
    private static final String STOP = "\u0003";

    private final JdbcClient jdbc;
    private final PublishedSummaries published;
    private final String language;
    private final int recentStories;

    @org.springframework.beans.factory.annotation.Autowired
    ArticleSearch(JdbcClient jdbc, PublishedSummaries published, NewsroomProperties properties) {
        this(jdbc, published, properties, RECENT_STORIES);
    }

    /** With another number of newest stories searched first: for tests, which cannot publish thousands. */
    ArticleSearch(JdbcClient jdbc, PublishedSummaries published, NewsroomProperties properties, int recentStories) {
        this.jdbc = jdbc;
        this.published = published;
        this.language = properties.site().language();
        this.recentStories = recentStories;
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
            return new SearchResults(cleaned, List.of(), safePage, false, 0);
        }
        java.sql.Timestamp since = recentSince();
        // From here on, the words are constants to the planner, which then knows how common they are; and only
        // bitmap scans: the planner preferred walking the newest stories' index and testing each story's full vector
        // (20 ms for a word in every tenth story at 100,000 stories) to combining that index with the text index
        // (5 ms). (The line above needs its index-only scan, so it comes first.)
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        jdbc.sql("set local enable_indexscan = off").update();
        int offset = (safePage - 1) * PAGE_SIZE;
        int wanted = PAGE_SIZE + 1;
        List<Long> ids = new java.util.ArrayList<>();
        if (since == null) {
            ids.addAll(matches(cleaned, sectionId, null, offset, wanted));
        } else {
            List<Long> recent = matches(cleaned, sectionId, Window.RECENT.with(since), 0, offset + wanted);
            if (recent.size() > offset) {
                ids.addAll(recent.subList(offset, Math.min(recent.size(), offset + wanted)));
            }
            if (ids.size() < wanted) {
                int olderOffset = Math.max(0, offset - recent.size());
                ids.addAll(matches(cleaned, sectionId, Window.OLDER.with(since), olderOffset, wanted - ids.size()));
            }
        }
        // One more than a page was read, to know whether there is a next page; passages only for those shown.
        boolean hasNext = ids.size() > PAGE_SIZE && safePage < MAX_PAGE;
        List<SearchHit> hits = hits(cleaned, ids.subList(0, Math.min(ids.size(), PAGE_SIZE)));
        long total = ids.isEmpty() && safePage == 1 ? 0 : count(cleaned, sectionId);
        return new SearchResults(cleaned, hits, safePage, hasNext, total);
    }

    /**
     * How many stories match, counted up to {@value #COUNT_LIMIT} and one: a common word matches most of a large
     * archive, and counting all of them would cost more than the page itself. Beyond that, the page says "more than".
     */
    static final int COUNT_LIMIT = 1_000;

    private long count(String cleaned, Long sectionId) {
        return matching(
                        "select count(*) from (select 1 " + MATCHING.formatted("") + " limit :limit) m",
                        cleaned,
                        sectionId)
                .param("limit", COUNT_LIMIT + 1)
                .query(Long.class)
                .single();
    }

    /**
     * The stories that match the query, in the section and its subsections when one is given, as the count and the
     * pages both read them; {@code %s} takes a {@link Window}'s condition. Its parameters are set by {@link #matching}.
     */
    private static final String MATCHING = """
            from article_search x
            where x.search_vector @@ (websearch_to_tsquery(newsroom_ts_config(:language), :q)
                                      || websearch_to_tsquery('simple', :q))
              and x.published_at <= :now
              %s
              and (cast(:section as bigint) is null
                   or x.section_id in (select id from section_refs where id = :section or parent_id = :section))
            """;

    private JdbcClient.StatementSpec matching(String sql, String cleaned, Long sectionId) {
        return jdbc.sql(sql)
                .param("language", language)
                .param("q", cleaned)
                .param("now", published.now())
                .param("section", sectionId);
    }

    /**
     * How many of the newest stories are searched first. Their matches come first, ranked; older matches follow,
     * ranked the same way, read only when the newest do not fill the page. A word in every tenth story then costs a few
     * hundred matches, whatever the size of the archive.
     */
    static final int RECENT_STORIES = 5_000;

    /** The publication time of the oldest of the newest stories searched first, or null if there are no more. */
    private java.sql.Timestamp recentSince() {
        return jdbc.sql("""
                        select published_at from article_search where published_at <= :now
                        order by published_at desc offset :n limit 1
                        """)
                .param("now", published.now())
                .param("n", recentStories - 1)
                .query(java.sql.Timestamp.class)
                .optional()
                .orElse(null);
    }

    private enum Window {
        RECENT("and x.published_at >= :since"),
        OLDER("and x.published_at < :since");

        private final String condition;

        Window(String condition) {
            this.condition = condition;
        }

        Bounded with(java.sql.Timestamp since) {
            return new Bounded(condition, since);
        }
    }

    private record Bounded(String condition, java.sql.Timestamp since) {}

    /**
     * The ids of matching stories, best first: a match in the headline above one in the deck above one in the body
     * ({@code ts_rank} over the headline-and-deck vector), then newest first.
     */
    private List<Long> matches(String cleaned, Long sectionId, Bounded window, int offset, int limit) {
        return matching(
                        "select x.article_id " + MATCHING.formatted(window == null ? "" : window.condition()) + """
                                order by ts_rank(x.title_vector, websearch_to_tsquery(newsroom_ts_config(:language), :q)
                                                                 || websearch_to_tsquery('simple', :q)) desc,
                                         x.published_at desc, x.article_id desc
                                limit :limit offset :offset
                                """,
                        cleaned,
                        sectionId)
                .param("since", window == null ? null : window.since())
                .param("limit", limit)
                .param("offset", offset)
                .query(Long.class)
                .list();
    }

    /** The stories of these ids, in this order, each with a highlighted passage. */
    private List<SearchHit> hits(String cleaned, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        java.util.Map<Long, SearchHit> byId = new java.util.HashMap<>();
        jdbc.sql("""
                        with q as (
                            select websearch_to_tsquery(newsroom_ts_config(:language), :q)
                                || websearch_to_tsquery('simple', :q) as query
                        )
                        """ + "select " + PublishedSummaries.SUMMARY_COLUMNS + """
                               , ts_headline(newsroom_ts_config(a.language), a.body_markdown, q.query,
                                           'StartSel=' || chr(2) || ', StopSel=' || chr(3)
                                           || ', MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "')
                                   as snippet,
                               left(a.body_markdown, 1000) as body_start, right(a.body_markdown, 1000) as body_end
                        from q, articles a
                        """ + SECTION_JOINS + """
                        where a.id = any(:ids) and a.status = 'PUBLISHED'
                        """)
                .param("language", language)
                .param("q", cleaned)
                .param("ids", ids.toArray(Long[]::new))
                .query((rs, n) -> new SearchHit(
                        published.summaryOf(rs),
                        snippet(
                                rs.getString("snippet"),
                                rs.getString("body_start"),
                                rs.getString("body_end"),
                                rs.getString("language"))))
                .list()
                .forEach(hit -> byId.put(hit.story().id(), hit));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /**
     * Escapes the passage, then marks the matches: nothing of the story's text can become markup. A passage cut out of
     * the body starts or ends with an ellipsis where the body goes on, and it is shown in the story's typography.
     *
     * @param bodyStart the first characters of the body, to tell whether the passage starts where the body does
     * @param bodyEnd the last characters of the body
     */
    static String snippet(String raw, String bodyStart, String bodyEnd, String language) {
        if (raw == null || raw.isBlank()) {
            return "";
        }
        String plain = flat(raw);
        String words = plain.replace(START, "").replace(STOP, "");
        if (!words.isEmpty()
                && bodyStart != null
                && !flat(bodyStart).startsWith(words.substring(0, Math.min(words.length(), 40)))) {
            plain = "… " + plain;
        }
        if (!words.isEmpty()
                && bodyEnd != null
                && !flat(bodyEnd).endsWith(words.substring(Math.max(0, words.length() - 40)))) {
            plain = plain + " …";
        }
        String typeset = Typography.text(plain, language);
        return HtmlUtils.htmlEscape(typeset).replace(START, "<mark>").replace(STOP, "</mark>");
    }

    /** Text without Markdown's marks and with its whitespace folded, to compare a passage with the body's ends. */
    private static String flat(String markdown) {
        return WHITESPACE
                .matcher(MARKDOWN.matcher(markdown).replaceAll(""))
                .replaceAll(" ")
                .strip();
    }
}
