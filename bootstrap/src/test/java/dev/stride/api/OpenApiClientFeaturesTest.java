package dev.stride.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document describes account management and Idempotency-Key, their headers and their problems. */
class OpenApiClientFeaturesTest extends WebAdapterTest {

    private JsonNode paths() {
        return http.get("/v3/api-docs").send().json().get("paths");
    }

    private static boolean isProblem(JsonNode response) {
        return response.get("content").has("application/problem+json");
    }

    @Test
    void describesAccountManagement() {
        JsonNode paths = paths();

        JsonNode patch = paths.get("/api/v1/users/me").get("patch");
        assertThat(patch.get("requestBody").get("content").propertyNames())
                .containsExactlyInAnyOrder("application/merge-patch+json", "application/json");
        assertThat(patch.get("responses").propertyNames()).contains("200", "400", "401");
        assertThat(patch.get("description").asString()).contains("displayName", "email", "role");

        JsonNode password = paths.get("/api/v1/users/me/password").get("post");
        assertThat(password.get("responses").propertyNames()).contains("204", "400", "401", "403", "503");
        assertThat(isProblem(password.get("responses").get("403"))).isTrue();
        assertThat(password.get("description").asString()).contains("refresh", "failed login");

        JsonNode logoutAll = paths.get("/api/v1/auth/logout-all").get("post");
        assertThat(logoutAll.get("security")).as("needs a token, unlike the rest of /auth").isNull();
        assertThat(logoutAll.get("responses").propertyNames()).contains("204", "401", "503");
        assertThat(paths.get("/api/v1/auth/logout").get("post").get("security").isEmpty()).isTrue();
    }

    @Test
    void describesTheIdempotencyKeyItsReplayHeaderAndItsProblems() {
        JsonNode create = paths().get("/api/v1/activities").get("post");

        JsonNode key = create.get("parameters").valueStream()
                .filter(p -> p.get("name").asString().equals("Idempotency-Key")).findFirst().orElseThrow();
        assertThat(key.get("in").asString()).isEqualTo("header");
        assertThat(key.get("required").asBoolean()).isFalse();
        assertThat(key.get("schema").get("maxLength").asInt()).isEqualTo(255);
        assertThat(create.get("responses").get("201").get("headers").has("Idempotent-Replayed")).isTrue();
        for (String status : List.of("400", "409", "422", "503")) {
            assertThat(isProblem(create.get("responses").get(status))).as(status).isTrue();
        }
        assertThat(create.get("responses").get("422").get("description").asString()).contains("idempotency-key-reused");
        assertThat(create.get("responses").get("409").get("description").asString()).contains("idempotency-key-in-use");
    }
}
