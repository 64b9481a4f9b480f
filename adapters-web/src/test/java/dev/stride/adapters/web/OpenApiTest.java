package dev.stride.adapters.web;

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
}
