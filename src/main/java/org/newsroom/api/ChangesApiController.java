package org.newsroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleSummary;
import org.newsroom.distribution.ChangeCursor;
import org.newsroom.distribution.ChangeEvent;
import org.newsroom.distribution.ChangeFeed;
import org.newsroom.live.LiveReading;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The changes feed: every publication, public update, minor fix, correction, unpublication and republication of a
 * story, every section and public tag renamed and every image of a public story changed, in the order a consumer can
 * rely on ({@link ChangeFeed}). A consumer keeps the {@code next} cursor of the last page it read and asks for what
 * came after it; a page with no events gives back the same cursor. An unpublication is a tombstone: the story's id and
 * the time, and nothing of what it said. A story's canonical URL is given only while readers can see the story. A live
 * story's entries posted, edited and deleted are events too ({@code live_entry.*}, V50), each naming its story; a
 * deletion is a tombstone of the entry.
 */
@RestController
@RequestMapping(ApiRepresentations.BASE)
record ChangesApiController(ChangeFeed feed, ArticleService articles, ApiRepresentations json, LiveReading live) {

    static final int DEFAULT_LIMIT = 100;

    /**
     * Shorter than the pages': the answer for a cursor grows as events become final, and nothing purges it. A copy
     * kept a few seconds is still right (the cursor it gives continues where it ends), just a little late.
     */
    static final String CACHE_CONTROL = "public, max-age=5, s-maxage=5";

    /**
     * One event; {@code apiUrl} and {@code url} are left out where there are none (a tombstone has neither).
     * {@code story} is a live entry's story, with {@code storyApiUrl} while readers see it; the others have none.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(
            String cursor,
            String type,
            long id,
            Instant time,
            String apiUrl,
            String url,
            Long story,
            String storyApiUrl) {

        Change(String cursor, String type, long id, Instant time, String apiUrl, String url) {
            this(cursor, type, id, time, apiUrl, url, null, null);
        }
    }

    /** A page of the feed and the cursor to ask with next (the one asked with, when nothing came after it yet). */
    record Changes(List<Change> items, String next, String nextUrl) {}

    @GetMapping(path = "/changes", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The changes feed: what happened to public content, in order, after a cursor",
            parameters = {
                @Parameter(
                        name = "after",
                        in = ParameterIn.QUERY,
                        description = "The `next` of the page read last; none to start from the first event",
                        schema = @Schema(type = "string", pattern = "^[0-9]{1,18}-[0-9]{1,18}$")),
                @Parameter(
                        name = "limit",
                        in = ParameterIn.QUERY,
                        description = "How many events at most (1 to 500, 100 unless given)",
                        schema = @Schema(type = "integer", minimum = "1", maximum = "500"))
            })
    ResponseEntity<Changes> changes(
            @Parameter(hidden = true) HttpServletRequest request,
            @Parameter(hidden = true) HttpServletResponse response) {
        ApiParameters parameters = ApiParameters.of(request, "after", "limit");
        String after = parameters.text("after");
        ChangeCursor cursor;
        try {
            cursor = after == null ? ChangeCursor.START : ChangeCursor.parse(after);
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("after", "Parameter 'after' is not a cursor this API gave");
        }
        int limit = parameters.integer("limit", DEFAULT_LIMIT, 1, ChangeFeed.MAX_PAGE_SIZE);
        List<ChangeEvent> events = feed.after(cursor, limit);
        Map<Long, LiveReading.EntryPlace> entryPlaces = live.places(events.stream()
                .filter(event -> event.subject().equals(LIVE_ENTRY))
                .map(ChangeEvent::subjectId)
                .collect(Collectors.toSet()));
        Set<Long> storyIds = events.stream()
                .filter(event -> event.subject().equals("article") && !event.tombstone())
                .map(ChangeEvent::subjectId)
                .collect(Collectors.toCollection(HashSet::new));
        entryPlaces.values().forEach(place -> storyIds.add(place.storyId()));
        Map<Long, String> publicPaths = articles.visibleAmong(storyIds).stream()
                .collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::path, (a, b) -> a));
        List<Change> items = events.stream()
                .map(event -> event.subject().equals(LIVE_ENTRY)
                        ? entryChange(event, entryPlaces.get(event.subjectId()), publicPaths::get)
                        : change(event, publicPaths::get))
                .toList();
        String next = events.isEmpty() ? after : events.getLast().cursor().toString();
        String nextUrl = next == null ? null : nextUrl(request, next, limit);
        // On the response itself, replacing the pages' value that the caching filter set before the controller ran.
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (nextUrl != null) {
            answer.header(HttpHeaders.LINK, "<" + nextUrl + ">; rel=\"next\"");
        }
        return answer.body(new Changes(items, next, nextUrl));
    }

    static final String LIVE_ENTRY = "live_entry";

    /**
     * A live entry's event names its story. The entry's API and page URLs are given while readers see both; a deletion
     * is a tombstone, with its story's id alone.
     */
    private Change entryChange(ChangeEvent event, LiveReading.EntryPlace place, Function<Long, String> publicPath) {
        String cursor = event.cursor().toString();
        Long story = place == null ? null : place.storyId();
        String path = story == null ? null : publicPath.apply(story);
        if (event.tombstone() || path == null) {
            return new Change(cursor, event.type(), event.subjectId(), event.occurredAt(), null, null, story, null);
        }
        boolean shown = place.visible();
        return new Change(
                cursor,
                event.type(),
                event.subjectId(),
                event.occurredAt(),
                shown ? json.entryApiUrl(story, event.subjectId()) : null,
                shown ? json.entryUrl(path, event.subjectId()) : null,
                story,
                json.apiUrl(story));
    }

    private Change change(ChangeEvent event, Function<Long, String> publicPath) {
        String cursor = event.cursor().toString();
        if (event.tombstone()) {
            return new Change(cursor, event.type(), event.subjectId(), event.occurredAt(), null, null);
        }
        return switch (event.subject()) {
            case "article" -> {
                String path = publicPath.apply(event.subjectId());
                yield new Change(
                        cursor,
                        event.type(),
                        event.subjectId(),
                        event.occurredAt(),
                        json.apiUrl(event.subjectId()),
                        path == null ? null : json.url(path));
            }
            case "section" ->
                new Change(
                        cursor,
                        event.type(),
                        event.subjectId(),
                        event.occurredAt(),
                        json.url(ApiRepresentations.BASE + "/sections"),
                        null);
            case "tag" ->
                new Change(
                        cursor,
                        event.type(),
                        event.subjectId(),
                        event.occurredAt(),
                        json.url(ApiRepresentations.BASE + "/tags"),
                        null);
            // An image has no resource of its own in the API: the stories that show it carry it.
            default -> new Change(cursor, event.type(), event.subjectId(), event.occurredAt(), null, null);
        };
    }

    private String nextUrl(HttpServletRequest request, String next, int limit) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(json.url(request.getRequestURI()))
                .queryParam("after", next);
        if (request.getParameter("limit") != null) {
            url.queryParam("limit", limit);
        }
        return url.encode().build().toUriString();
    }
}
