package dev.stride.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class OpenApiTest extends WebAdapterTest {

    @Test
    void describesEveryEndpointWithBearerSecurityAndProblemResponses() {
        JsonNode api = http.get("/v3/api-docs").send().json();

        assertThat(api.get("paths").propertyNames()).contains("/api/v1/auth/register", "/api/v1/auth/login",
                "/api/v1/activities", "/api/v1/activities/{id}", "/api/v1/activities/trash",
                "/api/v1/activities/{id}/restore");
        assertThat(api.get("paths").has("/error")).isFalse();
        JsonNode scheme = api.get("components").get("securitySchemes").get("bearerAuth");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(api.get("components").get("schemas").get("Problem").get("properties").propertyNames())
                .containsExactly("type", "title", "status", "detail", "instance", "errors");

        JsonNode activity = api.get("paths").get("/api/v1/activities/{id}");
        assertThat(activity.get("get").get("parameters").valueStream().map(p -> p.get("name").asString()))
                .as("the caller comes from the token, not a parameter").containsExactly("id");
        assertThat(activity.get("get").get("responses").propertyNames()).contains("200", "304", "401", "404", "default");
        assertThat(activity.get("put").get("responses").propertyNames()).contains("400", "412", "413", "415");
        assertThat(activity.get("patch").get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/merge-patch+json", "application/json");
        assertThat(activity.get("get").get("responses").get("404").get("content").has("application/problem+json")).isTrue();
        assertThat(api.get("paths").get("/api/v1/activities").get("post").get("responses").has("201")).isTrue();

        JsonNode register = api.get("paths").get("/api/v1/auth/register").get("post");
        assertThat(register.get("security").isEmpty()).as("open to anonymous callers").isTrue();
        assertThat(register.get("responses").get("409").get("content").has("application/problem+json")).isTrue();
        assertThat(register.get("responses").has("401")).isFalse();
    }

    @Test
    void describesPagingExportImportQuotaAndCaching() {
        JsonNode paths = http.get("/v3/api-docs").send().json().get("paths");

        JsonNode list = paths.get("/api/v1/activities").get("get");
        assertThat(list.get("parameters").valueStream().map(p -> p.get("name").asString()))
                .contains("page", "size", "type", "from", "to", "sort", "cursor");
        assertThat(list.get("responses").get("200").get("headers").propertyNames()).contains("Link", "ETag", "Cache-Control");
        assertThat(list.get("responses").propertyNames()).contains("304", "400");
        assertThat(paths.get("/api/v1/activities").get("post").get("responses").get("409").get("description").asString())
                .contains("quota-exceeded");
        assertThat(paths.get("/api/v1/activities/{id}/restore").get("post").get("responses").has("409")).isTrue();

        JsonNode export = paths.get("/api/v1/activities/export").get("get");
        assertThat(export.get("responses").get("200").get("content").propertyNames())
                .containsExactlyInAnyOrder("text/csv", "application/x-ndjson");
        assertThat(export.get("parameters").get(0).get("schema").get("enum").valueStream().map(JsonNode::asString))
                .containsExactly("csv", "ndjson");

        JsonNode importing = paths.get("/api/v1/activities/import").get("post");
        assertThat(importing.get("requestBody").get("content").propertyNames()).containsExactly("text/csv");
        assertThat(importing.get("responses").propertyNames()).contains("201", "400", "409", "413");

        JsonNode stats = paths.get("/api/v1/stats").get("get");
        assertThat(stats.get("responses").propertyNames()).contains("200", "304");
        assertThat(stats.get("responses").get("200").get("headers").propertyNames()).contains("ETag", "Cache-Control");
    }
}
