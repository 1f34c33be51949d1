package org.newsroom.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsroom.article.ArticleLookup;
import org.newsroom.article.ArticleSearch;
import org.newsroom.article.ArticleService;
import org.newsroom.article.ArticleView;
import org.newsroom.article.ContentQuery;
import org.newsroom.article.PublishedContent;
import org.newsroom.article.SearchResults;
import org.newsroom.article.StoryList;
import org.newsroom.people.AuthorService;
import org.newsroom.platform.SurrogateKeys;
import org.newsroom.taxonomy.SectionRef;
import org.newsroom.taxonomy.SectionService;
import org.newsroom.taxonomy.TagService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read API of published content. It follows the reader site's rules: only published stories whose time has come;
 * an unpublished story is 410; a tag, an author or a subsection that no published story shows yet is 404, as its page
 * is. Lists are newest first, a page at a time, with a keyset cursor: the {@code next} of a page, also in an RFC 8288
 * {@code Link} header, continues after its last story, so that stories published meanwhile never shift a page.
 */
@RestController
// No "produces" here: an article answers JSON or ninjs (Accept: application/ninjs+json) by itself, and a list JSON
// whatever the Accept header says.
@RequestMapping(ApiRepresentations.BASE)
record ContentApiController(
        PublishedContent content,
        ArticleService articles,
        ArticleSearch search,
        SectionService sections,
        TagService tags,
        AuthorService authors,
        ApiRepresentations json,
        Ninjs ninjs) {

    static final int DEFAULT_LIMIT = 20;

    @GetMapping("/articles")
    ResponseEntity<ApiRepresentations.Page<ApiRepresentations.Summary>> list(HttpServletRequest request) {
        ApiParameters parameters =
                ApiParameters.of(request, "section", "tag", "author", "updated_since", "cursor", "limit");
        Long sectionId = null;
        Long tagId = null;
        Long authorId = null;
        String section = parameters.text("section");
        if (section != null) {
            SectionRef found = sections.findSection(section)
                    .filter(ref -> articles.showsSection(ref.id()))
                    .orElseThrow(() -> new ApiNotFoundException("No such section: " + section));
            sectionId = found.id();
            SurrogateKeys.add(SurrogateKeys.section(sectionId));
        }
        String tag = parameters.text("tag");
        if (tag != null) {
            tagId = tags.findTag(tag)
                    .filter(ref -> articles.showsTag(ref.id()))
                    .orElseThrow(() -> new ApiNotFoundException("No such tag: " + tag))
                    .id();
            SurrogateKeys.add(SurrogateKeys.tag(tagId));
        }
        String author = parameters.text("author");
        if (author != null) {
            authorId = authors.findAuthor(author)
                    .filter(ref -> articles.showsAuthor(ref.id()))
                    .orElseThrow(() -> new ApiNotFoundException("No such author: " + author))
                    .id();
            SurrogateKeys.add(SurrogateKeys.author(authorId));
        }
        if (sectionId == null && tagId == null && authorId == null) {
            // The unfiltered list is the newest stories of all, as the feeds are: purged with them.
            SurrogateKeys.add("feeds");
        }
        int limit = parameters.integer("limit", DEFAULT_LIMIT, 1, ArticleService.MAX_PAGE_SIZE);
        StoryList page;
        try {
            page = content.list(new ContentQuery(
                    sectionId,
                    tagId,
                    authorId,
                    parameters.instant("updated_since"),
                    parameters.cursor("cursor"),
                    limit));
        } catch (IllegalArgumentException e) {
            throw new BadParameterException("cursor", "Parameter 'cursor' is not a cursor this API gave");
        }
        page.stories().forEach(story -> SurrogateKeys.add(SurrogateKeys.story(story.id())));
        List<ApiRepresentations.Summary> items =
                page.stories().stream().map(json::summary).toList();
        String next = page.olderThan() == null ? null : Long.toString(page.olderThan());
        String nextUrl = next == null ? null : nextUrl(request, "cursor", next);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (nextUrl != null) {
            answer.header(HttpHeaders.LINK, "<" + nextUrl + ">; rel=\"next\"");
        }
        return answer.body(new ApiRepresentations.Page<>(items, next, nextUrl));
    }

    @GetMapping("/articles/{id}")
    ResponseEntity<Object> article(@PathVariable long id, HttpServletRequest request) {
        ApiParameters parameters = ApiParameters.of(request);
        return answer(content.byId(id), parameters);
    }

    @GetMapping("/articles/by-path")
    ResponseEntity<Object> byPath(HttpServletRequest request) {
        ApiParameters parameters = ApiParameters.of(request, "path");
        String path = parameters.required("path");
        if (!path.startsWith("/") || path.contains("?") || path.length() > 500) {
            throw new BadParameterException(
                    "path", "Parameter 'path' must be a story's path, such as /world/2026/12/01/slug");
        }
        ArticleLookup found = content.byPath(path);
        if (found instanceof ArticleLookup.Moved(String current)) {
            found = content.byPath(current);
        }
        return answer(found, parameters);
    }

    private ResponseEntity<Object> answer(ArticleLookup lookup, ApiParameters parameters) {
        return switch (lookup) {
            case ArticleLookup.Found(ArticleView article, var related) -> {
                SurrogateKeys.add(SurrogateKeys.story(article.id()));
                if (article.leadImage() != null) {
                    SurrogateKeys.add(SurrogateKeys.image(article.leadImage().id()));
                }
                ResponseEntity.BodyBuilder ok = ResponseEntity.ok().varyBy(HttpHeaders.ACCEPT);
                yield parameters.wantsNinjs()
                        ? ok.contentType(Ninjs.MEDIA_TYPE).body(ninjs.of(article))
                        : ok.contentType(MediaType.APPLICATION_JSON).body(json.article(article));
            }
            case ArticleLookup.Gone(long articleId) -> throw new ApiGoneException();
            case ArticleLookup.Moved(String path) -> throw new ApiNotFoundException("No such story");
            case ArticleLookup.NotFound() -> throw new ApiNotFoundException("No such story");
        };
    }

    @GetMapping("/sections")
    Map<String, List<ApiRepresentations.Section>> sections(HttpServletRequest request) {
        ApiParameters.of(request);
        List<ApiRepresentations.Section> shown = new ArrayList<>();
        for (SectionRef section : sections.allSections()) {
            if (!section.hasParent() || articles.showsSection(section.id())) {
                SurrogateKeys.add(SurrogateKeys.section(section.id()));
                shown.add(json.section(section));
            }
        }
        return Map.of("items", shown);
    }

    @GetMapping("/tags")
    Map<String, List<ApiRepresentations.Tag>> tags(HttpServletRequest request) {
        ApiParameters.of(request);
        return Map.of(
                "items",
                tags.allTags().stream()
                        .filter(tag -> articles.showsTag(tag.id()))
                        .peek(tag -> SurrogateKeys.add(SurrogateKeys.tag(tag.id())))
                        .map(json::tag)
                        .toList());
    }

    @GetMapping("/authors")
    Map<String, List<ApiRepresentations.Author>> authors(HttpServletRequest request) {
        ApiParameters.of(request);
        return Map.of(
                "items",
                authors.allAuthors().stream()
                        .filter(author -> articles.showsAuthor(author.id()))
                        .peek(author -> SurrogateKeys.add(SurrogateKeys.author(author.id())))
                        .map(json::author)
                        .toList());
    }

    @GetMapping("/search")
    ApiRepresentations.SearchPage search(HttpServletRequest request) {
        ApiParameters parameters = ApiParameters.of(request, "q", "page");
        String query = parameters.required("q");
        if (query.length() > ArticleSearch.MAX_QUERY_LENGTH) {
            throw new BadParameterException(
                    "q", "Parameter 'q' is longer than " + ArticleSearch.MAX_QUERY_LENGTH + " characters");
        }
        int page = parameters.integer("page", 1, 1, ArticleSearch.MAX_PAGE);
        SurrogateKeys.add("search");
        SearchResults results = search.search(query, null, page);
        List<ApiRepresentations.Hit> hits = results.hits().stream()
                .map(hit -> new ApiRepresentations.Hit(json.summary(hit.story()), hit.snippetHtml()))
                .toList();
        return new ApiRepresentations.SearchPage(
                results.query(),
                results.total(),
                results.page(),
                hits,
                results.hasNext() ? nextUrl(request, "page", Integer.toString(page + 1)) : null);
    }

    private String nextUrl(HttpServletRequest request, String name, String value) {
        UriComponentsBuilder next = UriComponentsBuilder.fromUriString(json.url(request.getRequestURI()));
        request.getParameterMap().forEach((key, values) -> {
            if (!key.equals(name) && !key.equals("api_key")) {
                next.queryParam(key, (Object[]) values);
            }
        });
        return next.queryParam(name, value).encode().build().toUriString();
    }
}
