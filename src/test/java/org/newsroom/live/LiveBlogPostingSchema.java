package org.newsroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A strict check of a schema.org {@code LiveBlogPosting}, as search engines read it for their "LIVE" badge: the
 * properties Google's live blog documentation requires (and schema.org's types for them), every property known to
 * schema.org for the type (no misspelt name passes), dates in ISO 8601 with their zone, and each
 * {@code liveBlogUpdate} a {@code BlogPosting} with a headline, a date and a URL.
 */
final class LiveBlogPostingSchema {

    /** Properties of schema.org's LiveBlogPosting (and its parents BlogPosting, SocialMediaPosting, Article, CreativeWork, Thing) used here. */
    private static final Set<String> KNOWN = Set.of(
            "@context",
            "@type",
            "headline",
            "description",
            "datePublished",
            "dateModified",
            "image",
            "author",
            "publisher",
            "mainEntityOfPage",
            "articleSection",
            "keywords",
            "inLanguage",
            "correction",
            "coverageStartTime",
            "coverageEndTime",
            "liveBlogUpdate");

    private static final Set<String> UPDATE_KNOWN =
            Set.of("@type", "headline", "url", "datePublished", "dateModified", "articleBody", "author");

    private LiveBlogPostingSchema() {}

    static void assertValid(JsonNode posting) {
        assertThat(posting.get("@context").asString()).isEqualTo("https://schema.org");
        assertThat(posting.get("@type").asString()).isEqualTo("LiveBlogPosting");
        assertThat(posting.propertyNames()).as("properties schema.org defines").isSubsetOf(KNOWN);
        assertThat(text(posting, "headline")).isNotBlank();
        dateTime(posting, "datePublished");
        dateTime(posting, "dateModified");
        dateTime(posting, "coverageStartTime");
        if (posting.has("coverageEndTime")) {
            assertThat(parse(posting, "coverageEndTime")).isAfterOrEqualTo(parse(posting, "coverageStartTime"));
        }
        assertThat(posting.get("author").isArray()).isTrue();
        posting.get("author").forEach(a -> assertThat(a.get("@type").asString()).isIn("Person", "Organization"));
        assertThat(posting.get("publisher").get("@type").asString()).isEqualTo("Organization");
        assertThat(posting.get("mainEntityOfPage").get("@id").asString()).startsWith("http");
        JsonNode updates = posting.get("liveBlogUpdate");
        assertThat(updates).as("liveBlogUpdate").isNotNull();
        assertThat(updates.isArray()).isTrue();
        for (JsonNode update : updates) {
            assertThat(update.get("@type").asString()).isEqualTo("BlogPosting");
            assertThat(update.propertyNames()).isSubsetOf(UPDATE_KNOWN);
            assertThat(text(update, "headline")).isNotBlank().hasSizeLessThanOrEqualTo(110);
            assertThat(text(update, "url"))
                    .startsWith(posting.get("mainEntityOfPage").get("@id").asString() + "?entry=");
            dateTime(update, "datePublished");
            if (update.has("dateModified")) {
                dateTime(update, "dateModified");
            }
            assertThat(update.get("author").get("@type").asString()).isEqualTo("Person");
            assertThat(text(update.get("author"), "name")).isNotBlank();
        }
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        assertThat(value).as(name).isNotNull();
        assertThat(value.isString()).as(name + " is text").isTrue();
        return value.asString();
    }

    private static void dateTime(JsonNode node, String name) {
        parse(node, name);
    }

    private static OffsetDateTime parse(JsonNode node, String name) {
        try {
            return OffsetDateTime.parse(text(node, name));
        } catch (DateTimeParseException e) {
            throw new AssertionError(name + " is no ISO 8601 date and time: " + node.get(name), e);
        }
    }
}
