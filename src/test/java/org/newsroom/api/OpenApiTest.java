package org.newsroom.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsroom.support.Browserless;
import org.newsroom.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The OpenAPI description is generated from the API's controllers, and the browsable page answers. */
@IntegrationTest
class OpenApiTest {

    @Autowired
    Browserless http;

    @Autowired
    JsonMapper json;

    @Test
    void theDescriptionListsTheApisPathsAndTheDocsPageAnswers() {
        Browserless.Page description = http.get("/api/v1/openapi.json", "application/json");
        assertThat(description.status()).as(description.body()).isEqualTo(200);
        JsonNode openapi = json.readTree(description.body());
        assertThat(openapi.get("openapi").asString()).startsWith("3.");
        assertThat(openapi.get("paths").propertyNames())
                .contains(
                        "/api/v1/articles",
                        "/api/v1/articles/{id}",
                        "/api/v1/articles/by-path",
                        "/api/v1/articles/{id}/entries",
                        "/api/v1/articles/{id}/entries/{entryId}",
                        "/api/v1/sections",
                        "/api/v1/tags",
                        "/api/v1/authors",
                        "/api/v1/search")
                .noneMatch(path -> path.startsWith("/admin"));

        Browserless.Page docs = http.get("/api/v1/docs");
        int hops = 0;
        while (docs.status() / 100 == 3 && hops++ < 3) {
            String location = docs.header("Location");
            docs = http.get(location.startsWith("http") ? location.substring(location.indexOf('/', 8)) : location);
        }
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("swagger-ui");
    }
}
