package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsroom.staff.StaffRole;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.newsroom.support.Staff;
import org.newsroom.support.TestMedia;
import org.newsroom.support.TestStories;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A story as ninjs validates against IPTC's published JSON schema for ninjs 3.1 ({@code ninjs/ninjs-schema_3.1.json},
 * unchanged from IPTC, CC BY 4.0), whether asked for by {@code Accept: application/ninjs+json} or by
 * {@code format=ninjs}.
 */
@IntegrationTest
class NinjsSchemaTest {

    private static Schema schema;

    @Autowired
    Browserless http;

    @Autowired
    TestStories stories;

    @Autowired
    TestMedia media;

    @Autowired
    Staff staff;

    @Autowired
    JsonMapper json;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = NinjsSchemaTest.class.getResourceAsStream("/ninjs/ninjs-schema_3.1.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        }
    }

    @Test
    void aStoryWithEverythingAsNinjsIsValidNinjs31() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        var image =
                media.image(staff.create(StaffRole.EDITOR).actor(), "A harbour at dawn", "The harbour", "Photo: Test");
        long id = stories.story("Ninjs story " + run)
                .deck("A deck")
                .body("Body with *emphasis*.")
                .tags("Ninjs tag " + run)
                .authors("Ninjs Writer " + run)
                .leadImage(image.id())
                .publishedAt(stories.newest());

        Browserless.Page byAccept = http.get("/api/v1/articles/" + id, "application/ninjs+json");
        assertThat(byAccept.status()).as(byAccept.body()).isEqualTo(200);
        assertThat(byAccept.header("Content-Type")).startsWith("application/ninjs+json");
        Browserless.Page byParameter = http.get("/api/v1/articles/" + id + "?format=ninjs", "*/*");
        assertThat(byParameter.header("Content-Type")).startsWith("application/ninjs+json");
        assertThat(byParameter.body()).isEqualTo(byAccept.body());

        JsonNode ninjs = json.readTree(byAccept.body());
        assertThat(errors(ninjs)).isEmpty();
        assertThat(ninjs.get("standard").get("version").asString()).isEqualTo("3.1");
        assertThat(ninjs.get("headlines").get(0).get("value").asString()).isEqualTo("Ninjs story " + run);
        assertThat(ninjs.get("bodies").get(0).get("value").asString()).contains("<em>emphasis</em>");
        assertThat(ninjs.get("associations").get(0).get("renditions").size()).isPositive();
        assertThat(ninjs.get("associations")
                        .get(0)
                        .get("descriptions")
                        .get(0)
                        .get("value")
                        .asString())
                .isEqualTo("The harbour");
    }

    /** The check has teeth: the same document without its one required member, or with a member ninjs lacks, fails. */
    @Test
    void theSchemaRefusesWhatIsNotNinjs() {
        long id = stories.story("Plain story").publishedAt(stories.newest());
        ObjectNode ninjs = (ObjectNode) json.readTree(
                http.get("/api/v1/articles/" + id + "?format=ninjs", "*/*").body());
        assertThat(errors(ninjs)).isEmpty();
        ObjectNode withoutUri = ninjs.deepCopy();
        withoutUri.remove("uri");
        assertThat(errors(withoutUri)).isNotEmpty();
        ObjectNode extra = ninjs.deepCopy();
        extra.put("headline", "Not a ninjs member");
        assertThat(errors(extra)).isNotEmpty();
    }

    private static List<Error> errors(JsonNode document) {
        return schema.validate(document);
    }
}
