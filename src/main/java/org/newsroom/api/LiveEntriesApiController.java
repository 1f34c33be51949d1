package org.newsroom.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.newsroom.article.ArticleLookup;
import org.newsroom.article.ArticleView;
import org.newsroom.article.PublishedContent;
import org.newsroom.live.LiveEntry;
import org.newsroom.live.LiveReading;
import org.newsroom.platform.SurrogateKeys;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A live story's entries in the content API, by the reader site's rules: the story must be one readers see (a story
 * unpublished is 410, a draft 404, as for articles) and made live; its drafts and deleted entries never appear. The
 * list is newest first, a page at a time by keyset ({@code next}, an entry's id, also in a {@code Link} header), so
 * that entries posted meanwhile never shift a page. The answers carry the story's surrogate key, which every change of
 * its coverage purges (V45).
 */
@RestController
@RequestMapping(path = ApiRepresentations.BASE + "/articles/{id}/entries", produces = MediaType.APPLICATION_JSON_VALUE)
record LiveEntriesApiController(PublishedContent content, LiveReading live, ApiRepresentations json) {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    @GetMapping
    @Operation(
            summary = "A live story's entries, newest first, a page at a time",
            parameters = {
                @Parameter(
                        name = "cursor",
                        in = ParameterIn.QUERY,
                        description = "The `next` of the page read before; none for the newest entries",
                        schema = @Schema(type = "integer", minimum = "1")),
                @Parameter(
                        name = "limit",
                        in = ParameterIn.QUERY,
                        description = "How many entries at most (1 to 100, 20 unless given)",
                        schema = @Schema(type = "integer", minimum = "1", maximum = "100"))
            })
    ResponseEntity<ApiRepresentations.Page<ApiRepresentations.Entry>> entries(
            @PathVariable long id, @Parameter(hidden = true) HttpServletRequest request) {
        ApiParameters parameters = ApiParameters.of(request, "cursor", "limit");
        LiveStory story = liveStory(id);
        int limit = parameters.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        Long cursor = parameters.cursor("cursor");
        if (cursor != null) {
            // An entry of this story readers saw: one deleted since still holds its place in the keyset.
            LiveReading.EntryPlace place = live.places(Set.of(cursor)).get(cursor);
            if (place == null || place.storyId() != id) {
                throw new BadParameterException("cursor", "Parameter 'cursor' is not a cursor this API gave");
            }
        }
        List<LiveEntry> page = live.olderThan(id, cursor, limit + 1);
        List<ApiRepresentations.Entry> items = page.stream()
                .limit(limit)
                .map(entry -> json.entry(entry, story.path(), story.span().pinnedEntryId()))
                .toList();
        String next = page.size() > limit ? Long.toString(page.get(limit - 1).id()) : null;
        String nextUrl = next == null ? null : nextUrl(request, next);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (nextUrl != null) {
            answer.header(HttpHeaders.LINK, "<" + nextUrl + ">; rel=\"next\"");
        }
        return answer.body(new ApiRepresentations.Page<>(items, next, nextUrl));
    }

    @GetMapping("/{entryId}")
    @Operation(summary = "One entry of a live story")
    ApiRepresentations.Entry entry(
            @PathVariable long id, @PathVariable long entryId, @Parameter(hidden = true) HttpServletRequest request) {
        ApiParameters.of(request);
        LiveStory story = liveStory(id);
        LiveEntry entry =
                live.entry(id, entryId).orElseThrow(() -> new ApiNotFoundException("No such entry in this story"));
        return json.entry(entry, story.path(), story.span().pinnedEntryId());
    }

    /** A live story readers see: its path and its coverage. */
    private record LiveStory(String path, LiveReading.Span span) {}

    /** The story's coverage, once the story is one readers see: else 410 or 404 as for the article itself. */
    private LiveStory liveStory(long id) {
        String path =
                switch (content.byId(id)) {
                    case ArticleLookup.Found(ArticleView article, var related) -> article.path();
                    case ArticleLookup.Gone(long articleId) -> throw new ApiGoneException();
                    default -> throw new ApiNotFoundException("No such story");
                };
        SurrogateKeys.add(SurrogateKeys.story(id));
        return new LiveStory(
                path, live.span(id).orElseThrow(() -> new ApiNotFoundException("This story has no live coverage")));
    }

    private String nextUrl(HttpServletRequest request, String next) {
        UriComponentsBuilder url = UriComponentsBuilder.fromUriString(json.url(request.getRequestURI()));
        if (request.getParameter("limit") != null) {
            url.queryParam("limit", request.getParameter("limit"));
        }
        return url.queryParam("cursor", next).encode().build().toUriString();
    }
}
