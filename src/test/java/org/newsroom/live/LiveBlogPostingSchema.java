package org.newsroom.live;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A schema.org {@code LiveBlogPosting} checked as search engines read it for their "LIVE" badge: first against the
 * JSON schema {@code schema-org/live-blog-posting.json} (the properties Google's live blog documentation requires,
 * schema.org's types for them, no property schema.org does not define, dates in ISO 8601 with their zone, each
 * {@code liveBlogUpdate} a {@code BlogPosting} with its headline, date, body, author and URL), then for what a schema
 * cannot say: the coverage ends after it starts, and every update's URL is a permalink into the page itself.
 */
final class LiveBlogPostingSchema {

    private static final Schema SCHEMA = load();

    private LiveBlogPostingSchema() {}

    /** What the JSON schema finds wrong with this posting (nothing when it is valid). */
    static List<Error> errors(JsonNode posting) {
        return SCHEMA.validate(posting);
    }

    static void assertValid(JsonNode posting) {
        assertThat(errors(posting))
                .as("errors against schema-org/live-blog-posting.json")
                .isEmpty();
        if (posting.has("coverageEndTime")) {
            assertThat(time(posting, "coverageEndTime")).isAfterOrEqualTo(time(posting, "coverageStartTime"));
        }
        String page = posting.get("mainEntityOfPage").get("@id").asString();
        for (JsonNode update : posting.get("liveBlogUpdate")) {
            assertThat(update.get("url").asString()).startsWith(page + "?entry=");
        }
    }

    private static OffsetDateTime time(JsonNode node, String name) {
        return OffsetDateTime.parse(node.get(name).asString());
    }

    private static Schema load() {
        try (InputStream in = LiveBlogPostingSchema.class.getResourceAsStream("/schema-org/live-blog-posting.json")) {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
